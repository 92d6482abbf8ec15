import { Avatar } from '../shell/Avatar.js';

/** Who chose (or wrote, or marked) an item: initials to see, the full sentence to hear and hover. */
export function ChosenBy({ id, participantId, name, text }: { id: string; participantId: string; name: string; text: string }) {
  return (
    <span className="chosen-by" id={id} title={text}>
      <Avatar id={participantId} name={name} size="sm" />
      <span className="visually-hidden">{text}</span>
    </span>
  );
}

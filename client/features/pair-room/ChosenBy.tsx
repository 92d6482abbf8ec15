import { Avatar } from '../shell/Avatar.js';
import { useAvatarLabels } from './useAvatarLabels.js';

/** Who chose (or wrote, or marked) an item: initials to see, the full sentence to hear and hover. */
export function ChosenBy({ id, participantId, name, text }: { id: string; participantId: string; name: string; text: string }) {
  const label = useAvatarLabels().get(participantId);
  return (
    <span className="chosen-by" id={id} title={text}>
      <Avatar id={participantId} name={name} label={label} size="sm" />
      <span className="visually-hidden">{text}</span>
    </span>
  );
}

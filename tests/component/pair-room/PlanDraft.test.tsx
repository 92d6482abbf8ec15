import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlanDraft } from '../../../client/features/pair-room/PlanDraft.js';
import { TakeHome } from '../../../client/features/pair-room/TakeHome.js';
import { setDetail } from '../../../shared/doc/planDoc.js';
import { MARIA, activityIds, activityText, createRoom, fromPartner, pick, receiveControl, renderInRoom } from '../roomHarness.js';

const [FIRST, SECOND] = activityIds();

describe('the plan draft (PlanDraft)', () => {
  it('says what to do while nothing is chosen', () => {
    renderInRoom(<PlanDraft />, createRoom());
    expect(screen.getByRole('heading', { name: 'Plan draft' })).toBeTruthy();
    expect(screen.getByText(/Choose activities above/)).toBeTruthy();
  });

  it('gives every chosen activity its timeline, responsible, resources and goal, saved in the shared document', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    pick(room, [FIRST, SECOND]);
    renderInRoom(<PlanDraft />, room);
    const item = screen.getByRole('group', { name: activityText(FIRST) });
    await user.type(within(item).getByRole('combobox', { name: /^Timeline/ }), 'October');
    await user.type(within(item).getByRole('textbox', { name: /^Person/ }), 'Family engagement office');
    await user.type(within(item).getByRole('textbox', { name: /^Resources/ }), '$500');
    await user.click(within(item).getByRole('checkbox', { name: 'School ATPs' }));
    expect(room.connection.getPlan().details[FIRST]).toEqual(
      expect.objectContaining({ timeline: 'October', responsible: 'Family engagement office', resources: '$500', goals: ['schools'] }),
    );
    expect(room.connection.getPlan().details[SECOND]).toBeUndefined();
  });

  it("shows the partner's draft edits live", () => {
    const room = createRoom();
    pick(room, [FIRST]);
    renderInRoom(<PlanDraft />, room);
    fromPartner(room, (doc) => setDetail(doc, FIRST, 'responsible', 'Maria and the ATP chair'));
    const input = within(screen.getByRole('group', { name: activityText(FIRST) })).getByRole('textbox', { name: /^Person/ }) as HTMLInputElement;
    expect(input.value).toBe('Maria and the ATP chair');
  });

  it('is read-only when the leader locks the plans', () => {
    const room = createRoom();
    pick(room, [FIRST], MARIA);
    renderInRoom(<PlanDraft />, room);
    const clock = { status: 'idle', durationMs: 1_200_000, endsAt: null, remainingMs: 1_200_000 } as const;
    receiveControl(room, { t: 'workshop', live: { clock, locked: true, broadcast: null }, serverNow: Date.now() });
    const input = within(screen.getByRole('group', { name: activityText(FIRST) })).getByRole('combobox', { name: /^Timeline/ }) as HTMLInputElement;
    expect(input.readOnly).toBe(true);
  });
});

describe('take it home (TakeHome)', () => {
  it("links to the pair's PDF, Markdown, CSV and JSON in the person's language, and the print view", () => {
    renderInRoom(<TakeHome workshopId="w-test" pair={3} />, createRoom());
    const pdf = screen.getByRole('link', { name: 'Download PDF' });
    expect(pdf.getAttribute('href')).toBe('/api/workshops/w-test/pairs/3/plan.pdf?lang=en');
    expect(pdf.hasAttribute('download')).toBe(true);
    for (const [name, file] of [
      ['Markdown', 'plan.md'],
      ['CSV (spreadsheet)', 'plan.csv'],
      ['JSON', 'plan.json'],
    ]) {
      expect(screen.getByRole('link', { name }).getAttribute('href')).toBe(`/api/workshops/w-test/pairs/3/${file}?lang=en`);
    }
    expect(screen.getByRole('link', { name: 'Print view' }).getAttribute('href')).toBe('/w/w-test/print');
  });
});

import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { directionsSeenKey } from '../../../client/features/pair-room/directionsSeen.js';
import { ListIntro } from '../../../client/features/pair-room/ListIntro.js';
import { DISTRICT_INVENTORY } from '../../../shared/lists/districtInventory.js';
import { LIST, createRoom, renderInRoom } from '../roomHarness.js';

const directions = () => screen.getByText('Directions').closest('details')!;

describe('ListIntro', () => {
  it("names the list as people know it, the handout's activity as its subtitle, with the citation shown", () => {
    localStorage.removeItem(directionsSeenKey(LIST.id));
    renderInRoom(<ListIntro />, createRoom());
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('Most Essential List 2020-21Partner ZOOM Activity 2 · Explore Leadership and Facilitation Strategies');
    expect(screen.getByTestId('list-source').textContent).toBe(LIST.source);
  });

  it('joins the two THINK questions with the seed’s "AND", in order', () => {
    renderInRoom(<ListIntro />, createRoom());
    const joined = screen.getByText('AND').parentElement!;
    expect([...joined.children].map((p) => p.textContent)).toEqual([LIST.prompts![0], 'AND', LIST.prompts![1]]);
  });

  it('opens the Directions on the first visit and keeps them closed on the next', () => {
    localStorage.removeItem(directionsSeenKey(LIST.id));
    const first = renderInRoom(<ListIntro />, createRoom());
    expect(directions().open).toBe(true);
    expect(directions().textContent).toContain('Select NO MORE THAN 14 activities TOTAL.');
    first.unmount();
    renderInRoom(<ListIntro />, createRoom());
    expect(directions().open).toBe(false);
  });

  it('keeps the Directions closed on a phone, even on a first visit, so the first activities show', () => {
    localStorage.removeItem(directionsSeenKey(LIST.id));
    renderInRoom(<ListIntro narrow />, createRoom());
    expect(directions().open).toBe(false);
    expect(screen.getByTestId('list-source').textContent).toBe(LIST.source);
  });

  it('shows the source once, not inside the Directions too', () => {
    renderInRoom(<ListIntro />, createRoom({ list: DISTRICT_INVENTORY }));
    expect(screen.getAllByText(DISTRICT_INVENTORY.source)).toHaveLength(1);
    expect(directions().textContent).not.toContain(DISTRICT_INVENTORY.source);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { DashboardPage } from '../../../client/features/dashboard/DashboardPage.js';
import { rememberWorkshop, rememberedKey } from '../../../client/features/leader/rememberedWorkshops.js';
import { initI18n } from '../../../client/i18n/index.js';
import { DISTRICT_INVENTORY } from '../../../shared/lists/districtInventory.js';
import { ESSENTIAL_LIST_SPANISH } from '../../../shared/lists/essentialListSpanish.js';
import { EMPTY_SNAPSHOT } from '../../../shared/doc/schema.js';
import { CLOSE_CODES } from '../../../shared/protocol/closeCodes.js';
import { planFingerprint } from '../../../shared/rules/planFingerprint.js';
import { FakeSocket, KEY, WORKSHOP_ID, initFrame, live, planWith, renderAt, serve, summary } from '../leaderHarness.js';

/** The leader's HTTP requests, answered 200, with the Authorization header each carried. */
const requests: { url: string; method: string; body: unknown; auth: string | null }[] = [];
beforeEach(() => {
  requests.length = 0;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    requests.push({ url, method: init.method ?? 'GET', body: init.body ? JSON.parse(String(init.body)) : undefined, auth: headers.get('authorization') });
    if (url.includes('/export/')) return new Response('a,b\r\n', { status: 200, headers: { 'content-disposition': 'attachment; filename="spring-workshop-tally.csv"' } });
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => window.history.replaceState(null, '', '/'));

function openDashboard() {
  rememberWorkshop({ id: WORKSHOP_ID, key: KEY, title: 'Spring workshop', created: 1 });
  return renderAt(`/facilitate/${WORKSHOP_ID}`, <DashboardPage workshopId={WORKSHOP_ID} />);
}

const MINUTE = 60_000;
/** Five pairs, one of each kind a filter picks out. */
function fivePairs() {
  const now = Date.now();
  const everything = ['create-awareness-1', 'create-awareness-2', 'create-awareness-3', 'create-awareness-4', 'align-program-policy-1', 'align-program-policy-2', 'align-program-policy-3', 'align-program-policy-4', 'guide-learning-1', 'guide-learning-2', 'guide-learning-3', 'guide-learning-4', 'guide-learning-5', 'share-knowledge-1', 'share-knowledge-2'];
  const cover = ['create-awareness-1', 'align-program-policy-1', 'guide-learning-1', 'share-knowledge-1', 'celebrate-milestones-1', 'document-progress-1'];
  const agreedPlan = planWith(cover, { agreements: {} });
  return [
    summary(1, undefined, { members: ['Ana Ruiz', 'Maria Lopez'] }),
    summary(2, planWith(everything), { present: ['James Carter'], lastChangeAt: now }),
    { ...summary(3, agreedPlan, { present: ['Linh Nguyen', 'Zoe Park'], lastChangeAt: now - MINUTE }), agreed: true, agreedNames: ['Linh Nguyen', 'Zoe Park'], state: 'agreed' as const },
    summary(4, planWith(['create-awareness-2']), { present: ['Tom Becker'], lastChangeAt: now - 10 * MINUTE }),
    summary(5, planWith(['share-knowledge-2'], { help: { on: true, by: 'p-ben', name: 'Ben Adams', at: now } }), { present: ['Ben Adams'], lastChangeAt: now }),
  ];
}

const cardOrder = (): string[] => screen.queryAllByTestId(/^pair-card-\d+$/).map((el) => el.getAttribute('data-testid')!.replace('pair-card-', ''));

describe('DashboardPage', () => {
  it('takes the key from the link’s fragment, keeps it, clears the address, and opens the stream with it', async () => {
    window.history.replaceState(null, '', `/facilitate/${WORKSHOP_ID}#key=${KEY}`);
    renderAt(`/facilitate/${WORKSHOP_ID}`, <DashboardPage workshopId={WORKSHOP_ID} />);
    await waitFor(() => expect(window.location.hash).toBe(''));
    expect(sessionStorage.getItem(`pairplan.facilitator.${WORKSHOP_ID}`)).toBe(KEY);
    expect(rememberedKey(WORKSHOP_ID)).toBeNull();
    const socket = FakeSocket.latest();
    expect(socket.url).toMatch(new RegExp(`/ws/dashboard/${WORKSHOP_ID}$`));
    socket.open();
    expect(JSON.parse(socket.sent[0])).toEqual({ t: 'auth', key: KEY });
    socket.receive(initFrame([summary(1)]));
    expect(await screen.findByRole('heading', { level: 1, name: 'Spring workshop' })).toBeTruthy();
    // Remembered (to reopen from the start page) only once the server accepted the key.
    expect(rememberedKey(WORKSHOP_ID)).toBe(KEY);
  });

  it('explains how to get in when no key is known, and opens nothing', () => {
    renderAt(`/facilitate/${WORKSHOP_ID}`, <DashboardPage workshopId={WORKSHOP_ID} />);
    expect(screen.getByRole('heading', { name: 'This page needs your facilitator link' })).toBeTruthy();
    expect(FakeSocket.instances).toHaveLength(0);
  });

  it('says so when the server refuses the key, and does not remember it', async () => {
    window.history.replaceState(null, '', `/facilitate/${WORKSHOP_ID}#key=${'x'.repeat(43)}`);
    renderAt(`/facilitate/${WORKSHOP_ID}`, <DashboardPage workshopId={WORKSHOP_ID} />);
    FakeSocket.latest().open();
    FakeSocket.latest().serverClose(CLOSE_CODES.FORBIDDEN, 'the facilitator key is not valid');
    expect(await screen.findByRole('heading', { name: 'The workshop could not be opened' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('This facilitator link is not valid for this workshop.');
    expect(rememberedKey(WORKSHOP_ID)).toBeNull();
  });

  it('shows each pair: who is here, chosen of max, strategies, rules, agreement, last change, help', async () => {
    openDashboard();
    serve(initFrame(fivePairs()));
    const one = await screen.findByTestId('pair-card-1');
    expect(within(one).getByRole('heading', { name: 'Pair 1' })).toBeTruthy();
    expect(one.textContent).toContain('No one here now');
    expect(one.textContent).toContain('(not here: Ana Ruiz, Maria Lopez)');
    expect(within(one).getByTestId('pair-state').textContent).toBe('Not started');
    expect(one.textContent).toContain('No changes yet');
    const two = screen.getByTestId('pair-card-2');
    expect(two.textContent).toContain('Here: James Carter');
    expect(two.textContent).toContain('Chosen15 of 14');
    expect(two.textContent).toContain('Strategies4 of 6');
    expect(within(two).getByTestId('pair-state').textContent).toBe('Breaking a rule');
    expect(two.textContent).toContain('RulesOver the maximum by 1');
    expect(two.textContent).toContain('Just now');
    const three = screen.getByTestId('pair-card-3');
    expect(three.textContent).toContain('Agreed by Linh Nguyen, Zoe Park');
    expect(three.textContent).toContain('RulesFollowed');
    const four = screen.getByTestId('pair-card-4');
    expect(within(four).getByTestId('pair-state').textContent).toBe('Drafting');
    expect(four.textContent).toContain('Rules5 strategies missing');
    expect(four.textContent).toContain('10 min ago · idle');
    expect(screen.getByTestId('pair-card-5').textContent).toContain('Asked for help');
  });

  it('names the list and the missing strategies in the leader’s language', async () => {
    rememberWorkshop({ id: WORKSHOP_ID, key: KEY, title: 'Spring workshop', created: 1 });
    renderAt(`/facilitate/${WORKSHOP_ID}`, <DashboardPage workshopId={WORKSHOP_ID} />, 'es');
    serve(initFrame([summary(4, planWith(['create-awareness-2']), { present: ['Tom Becker'] })]));
    const card = await screen.findByTestId('pair-card-4');
    const spanish = ESSENTIAL_LIST_SPANISH.strategies!['document-progress'].title;
    expect(card.querySelector('.pair-missing')?.textContent).toContain(spanish);
    expect(card.textContent).not.toContain('Document progress and evaluate outcomes');
    expect(document.querySelector('.dashboard-sub')?.textContent).toContain(ESSENTIAL_LIST_SPANISH.title);
    await act(() => initI18n('en').changeLanguage('en'));
  });

  it('lists a partner who joined but never ticked, and who agreed so far (issue 12)', async () => {
    openDashboard();
    const cover = ['create-awareness-1', 'align-program-policy-1', 'guide-learning-1', 'share-knowledge-1', 'celebrate-milestones-1', 'document-progress-1'];
    const ticked = planWith(cover);
    const plan = { ...ticked, agreements: { 'p-ana': { name: 'Ana Ruiz', fingerprint: planFingerprint(ticked), at: 2_000 } } };
    // Ana ticked and agreed; Ivan is here and never ticked; Zoe joined earlier and left.
    serve(initFrame([summary(1, plan, { present: ['Ana Ruiz', 'Ivan Ito'], joined: ['Ana Ruiz', 'Zoe Park', 'Ivan Ito'] })]));
    const card = await screen.findByTestId('pair-card-1');
    expect(card.textContent).toContain('Here: Ana Ruiz, Ivan Ito (not here: Zoe Park)');
    expect(card.textContent).toContain('AgreementAgreed: Ana Ruiz · waiting for Zoe Park, Ivan Ito');
  });

  it('filters the cards, with a count per filter', async () => {
    const user = userEvent.setup();
    openDashboard();
    serve(initFrame(fivePairs()));
    await screen.findByTestId('pair-card-1');
    const filters = screen.getByRole('group', { name: 'Show pairs' });
    expect(within(filters).getAllByRole('button').map((b) => b.textContent)).toEqual(['All 5', 'Needs attention 3', 'Not started 1', 'Breaking a rule 1', 'Agreed 1', 'Idle 1', 'Asked for help 1']);
    await user.click(within(filters).getByRole('button', { name: /Breaking a rule/ }));
    expect(cardOrder()).toEqual(['2']);
    expect(within(filters).getByRole('button', { name: /Breaking a rule/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Showing 1 of 5 pairs.').getAttribute('role')).toBe('status');
    await user.click(within(filters).getByRole('button', { name: /Idle/ }));
    expect(cardOrder()).toEqual(['4']);
    await user.click(within(filters).getByRole('button', { name: /Not started/ }));
    expect(cardOrder()).toEqual(['1']);
    await user.click(within(filters).getByRole('button', { name: /Agreed/ }));
    expect(cardOrder()).toEqual(['3']);
    await user.click(within(filters).getByRole('button', { name: /All/ }));
    expect(cardOrder()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('sorts the cards', async () => {
    const user = userEvent.setup();
    openDashboard();
    serve(initFrame(fivePairs()));
    await screen.findByTestId('pair-card-1');
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    await user.selectOptions(sort, 'Needs attention first');
    expect(cardOrder()).toEqual(['5', '2', '4', '1', '3']);
    await user.selectOptions(sort, 'Most progress first');
    expect(cardOrder()).toEqual(['3', '2', '4', '5', '1']);
    await user.selectOptions(sort, 'Latest change first');
    expect(cardOrder().slice(-2)).toEqual(['4', '1']);
  });

  it('updates a card live and announces a pair asking for help', async () => {
    openDashboard();
    const socket = serve(initFrame([summary(1), summary(2)]));
    await screen.findByTestId('pair-card-2');
    socket.receive({ t: 'pairs', summaries: [summary(2, planWith(['create-awareness-1'], { help: { on: true, by: 'p-ana', name: 'Ana Ruiz', at: 1 } }), { present: ['Ana Ruiz'] })] });
    expect(screen.getByTestId('pair-card-2').textContent).toContain('1 of 14');
    expect(screen.getByTestId('pairs-announcer').textContent).toBe('Pair 2 asked for help.');
  });

  it('tallies every activity by strategy with bars, and lists write-ins under their strategy', async () => {
    openDashboard();
    const writeIn = { 'w-1': { strategyId: 'share-knowledge', text: 'Family café', by: 'p-ana', name: 'Ana Ruiz', at: 1 } };
    serve(initFrame([summary(1, planWith(['create-awareness-1', 'share-knowledge-1'])), summary(2, planWith(['create-awareness-1'], { writeIns: writeIn })), summary(3)]));
    const row = await screen.findByTestId('tally-row-create-awareness-1');
    expect(row.querySelector('.tally-count')!.textContent).toBe('2 of 3 pairs');
    expect(row.querySelector<HTMLElement>('.tally-fill')!.style.getPropertyValue('--share')).toBe(String(2 / 3));
    expect(screen.getByTestId('tally-row-align-program-policy-1').querySelector('.tally-count')!.textContent).toBe('0 of 3 pairs');
    const share = screen.getByTestId('tally-share-knowledge');
    expect(within(share).getByRole('heading', { name: /Share knowledge/ }).textContent).toContain('2 pairs cover it');
    expect(within(share).getByText('Family café', { exact: false }).textContent).toBe('Family café (pair 2)');
  });

  it('shows ✓/☆ counts in inventory mode', async () => {
    openDashboard();
    const id = DISTRICT_INVENTORY.strategies[0].activities[0].id;
    serve(
      initFrame(
        [summary(1, planWith([id], {}, 'now'), { list: DISTRICT_INVENTORY }), summary(2, planWith([id], {}, 'future'), { list: DISTRICT_INVENTORY }), summary(3, planWith([id], {}, 'now'), { list: DISTRICT_INVENTORY })],
        { list: DISTRICT_INVENTORY },
      ),
    );
    const row = await screen.findByTestId(`tally-row-${id}`);
    expect(row.querySelector('.tally-count [aria-hidden]')!.textContent).toBe('✓ 2 · ☆ 1');
    expect(row.textContent).toContain('2 do this now, 1 want to start it');
  });

  it('says an inventory pair with nothing marked has nothing marked yet, not that it follows the rules (issue 12)', async () => {
    openDashboard();
    const id = DISTRICT_INVENTORY.strategies[0].activities[0].id;
    serve(initFrame([summary(1, EMPTY_SNAPSHOT, { list: DISTRICT_INVENTORY }), summary(2, planWith([id], {}, 'now'), { list: DISTRICT_INVENTORY })], { list: DISTRICT_INVENTORY }));
    const empty = await screen.findByTestId('pair-card-1');
    expect(within(empty).getByTestId('pair-state').textContent).toBe('Not started');
    expect(empty.textContent).toContain('RulesNothing marked yet');
    expect(empty.textContent).not.toContain('Followed');
    expect(screen.getByTestId('pair-card-2').textContent).toContain('RulesFollowed');
  });

  it('shows "No clock" for an inventory, whose document gives no time, and starts one with the minutes typed', async () => {
    const user = userEvent.setup();
    openDashboard();
    serve(initFrame([summary(1, planWith([], {}), { list: DISTRICT_INVENTORY })], { list: DISTRICT_INVENTORY, live: live({ clock: { status: 'idle', durationMs: 0, endsAt: null, remainingMs: 0 } }) }));
    const minutes = (await screen.findByRole('spinbutton', { name: 'Minutes' })) as HTMLInputElement;
    expect(screen.getByRole('timer').textContent).toBe('No clock');
    expect(minutes.value).toBe('');
    await user.type(minutes, '10');
    await user.click(screen.getByRole('button', { name: 'Start clock' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0].body).toEqual({ action: 'start', minutes: 10 });
  });

  it('runs the clock with the key: start with minutes, then pause, add time and end, showing the pairs’ countdown', async () => {
    const user = userEvent.setup();
    openDashboard();
    const socket = serve(initFrame([summary(1)]));
    const minutes = await screen.findByRole('spinbutton', { name: 'Minutes' });
    expect(screen.getByRole('timer').textContent).toBe('20:00');
    await user.clear(minutes);
    await user.type(minutes, '15');
    await user.click(screen.getByRole('button', { name: 'Start clock' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]).toEqual({ url: `/api/workshops/${WORKSHOP_ID}/clock`, method: 'POST', body: { action: 'start', minutes: 15 }, auth: `Bearer ${KEY}` });
    const endsAt = Date.now() + 15 * 60_000;
    socket.receive({ t: 'live', live: live({ clock: { status: 'running', durationMs: 15 * 60_000, endsAt, remainingMs: 15 * 60_000 } }), serverNow: Date.now() });
    expect(screen.getByRole('timer').textContent).toMatch(/^1[45]:\d\d$/);
    for (const [name, body] of [
      ['Pause', { action: 'pause' }],
      ['+1 min', { action: 'add', minutes: 1 }],
      ['+5 min', { action: 'add', minutes: 5 }],
      ['End now', { action: 'end' }],
    ] as const) {
      await user.click(screen.getByRole('button', { name }));
      await waitFor(() => expect(requests.at(-1)?.body).toEqual(body));
    }
    socket.receive({ t: 'live', live: live({ clock: { status: 'running', durationMs: 15 * 60_000, endsAt: Date.now() + 90_000, remainingMs: 0 } }), serverNow: Date.now() });
    expect(screen.getByTestId('leader-countdown').getAttribute('data-phase')).toBe('warning');
    socket.receive({ t: 'live', live: live({ clock: { status: 'ended', durationMs: 15 * 60_000, endsAt: null, remainingMs: 0 } }), serverNow: Date.now() });
    expect(screen.getByRole('timer').textContent).toBe("Time's up");
    expect(screen.getByRole('button', { name: '+2 min' })).toBeTruthy();
    expect(screen.getByText("Time's up. Need more time? Add some, or lock the plans.")).toBeTruthy();
  });

  it('locks and unlocks every plan, and broadcasts a message', async () => {
    const user = userEvent.setup();
    openDashboard();
    const socket = serve(initFrame([summary(1)]));
    await user.click(await screen.findByRole('button', { name: 'Lock all plans' }));
    await waitFor(() => expect(requests.at(-1)).toMatchObject({ url: `/api/workshops/${WORKSHOP_ID}/lock`, auth: `Bearer ${KEY}` }));
    socket.receive({ t: 'live', live: live({ locked: true }), serverNow: Date.now() });
    expect(screen.getByTestId('lock-state').textContent).toContain('Plans are locked');
    expect(screen.getByRole('button', { name: 'Unlock all plans' })).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Two minutes left, wrap up!');
    await user.click(screen.getByRole('button', { name: 'Send to all pairs' }));
    await waitFor(() => expect(requests.at(-1)).toMatchObject({ url: `/api/workshops/${WORKSHOP_ID}/broadcast`, body: { message: 'Two minutes left, wrap up!' } }));
    socket.receive({ t: 'live', live: live({ locked: true, broadcast: { id: 'b1', text: 'Two minutes left, wrap up!', at: 1 } }), serverNow: Date.now() });
    expect(screen.getByTestId('broadcast-current').textContent).toContain('Showing in every room: Two minutes left, wrap up!');
    await user.click(screen.getByRole('button', { name: 'Take the message down' }));
    await waitFor(() => expect(requests.at(-1)?.body).toEqual({ message: '' }));
  });

  it('downloads exports with the key in a header, as a named file', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    const clicked: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (created.push(blob), 'blob:test'), revokeObjectURL: () => undefined }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    openDashboard();
    serve(initFrame([summary(1, undefined, { members: ['Ana Ruiz'] }), summary(2)]));
    await user.click(await screen.findByRole('button', { name: 'Tally (CSV)' }));
    await waitFor(() => expect(clicked).toEqual(['spring-workshop-tally.csv']));
    expect(requests.at(-1)).toEqual({ url: `/api/workshops/${WORKSHOP_ID}/export/tally.csv?lang=en`, method: 'GET', body: undefined, auth: `Bearer ${KEY}` });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pair' }), 'Pair 2');
    await user.click(screen.getByRole('button', { name: 'PDF of pair 2' }));
    await waitFor(() => expect(requests.at(-1)?.url).toBe(`/api/workshops/${WORKSHOP_ID}/pairs/2/plan.pdf?lang=en`));
    for (const name of ['All plans (CSV)', 'Workshop (JSON)', 'Everything (ZIP)', 'Download Zoom CSV', 'Markdown of pair 2', 'CSV of pair 2', 'JSON of pair 2']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
  });

  it('has the join link, code and QR code to share, and a link to the projector view', async () => {
    openDashboard();
    serve(initFrame([summary(1)]));
    expect((await screen.findByRole('textbox', { name: 'Join link' }) as HTMLInputElement).value).toBe(`${window.location.origin}/j/K7M2QX`);
    expect(screen.getByRole('img', { name: /QR code of the join link/ })).toBeTruthy();
    const projector = screen.getByRole('link', { name: /^Open projector view\s*\(opens in a new window\)$/ });
    expect(projector.getAttribute('href')).toBe(`/facilitate/${WORKSHOP_ID}/project`);
    expect(projector.getAttribute('target')).toBe('_blank');
    expect(projector.getAttribute('rel')).toBe('noopener');
  });

  it('has no axe violations', async () => {
    openDashboard();
    serve(initFrame(fivePairs()));
    await screen.findByTestId('pair-card-1');
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

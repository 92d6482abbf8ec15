/**
 * Who a pair is, by name, and whether each agreed (issue 12): the roster's
 * people placed in the pair, then everyone who joined it (the join page's
 * names), then anyone else who chose, wrote in or agreed to something in the
 * plan, in the order they first acted. A partner who joined but never ticked
 * is still a partner of their own plan. Names are compared without case or
 * extra spaces, as the join page and the roster compare them.
 */
import type { PlanSnapshot } from '../doc/schema.js';
import type { Translate } from '../i18n/translate.js';
import { agreementStatus } from '../rules/agreementStatus.js';

/** One partner of a plan: their name and whether they agreed to the plan as it is now. */
export interface PlanPartner {
  readonly name: string;
  readonly agreed: boolean;
}

const tidy = (name: string): string => name.trim().replace(/\s+/g, ' ');
const key = (name: string): string => tidy(name).toLowerCase();

/** Who a pair's people are, before the plan's authors: its roster, the names that joined it, who is in the room now. */
export interface PairPeople {
  readonly members?: readonly string[];
  readonly joined?: readonly string[];
  readonly present?: readonly { readonly name: string }[];
}

/**
 * The partners of `plan`: the pair's `people` (roster members, joined names,
 * those present) first, then the plan's other authors; blank names are
 * skipped. A partner agreed when an agreement under their name matches the
 * current plan; `agreed` passes those agreements when the caller already has
 * them (`agreementStatus(plan, …).agreed`), so they are not worked out twice.
 */
export function planPartners(plan: PlanSnapshot, pair: PairPeople = {}, agreed: readonly { readonly name: string }[] = agreementStatus(plan, true, []).agreed): PlanPartner[] {
  const list: PartnerList = { partners: [], seen: new Set(), agreed: new Set(agreed.map((a) => key(a.name))) };
  for (const name of pair.members ?? []) addPartner(list, name);
  for (const name of pair.joined ?? []) addPartner(list, name);
  for (const p of pair.present ?? []) addPartner(list, p.name);
  for (const name of authorsInOrder(plan)) addPartner(list, name);
  return list.partners;
}

/**
 * The partners found so far. The helpers below are module functions, not
 * closures made per call: the dashboard runs this on every change of every
 * pair, and under tsx each closure also had its name defined (issue 17).
 */
interface PartnerList {
  readonly partners: PlanPartner[];
  readonly seen: Set<string>;
  /** The keys of the names whose agreement matches the plan. */
  readonly agreed: ReadonlySet<string>;
}

function addPartner(list: PartnerList, name: string): void {
  const k = key(name);
  if (k === '' || list.seen.has(k)) return;
  list.seen.add(k);
  list.partners.push({ name: tidy(name), agreed: list.agreed.has(k) });
}

type FirstActs = Map<string, { at: number; position: number }>;

/** Notes each author's first act in `entries`, whose first entry is at `position`; answers the position after the last. */
function noteFirstActs(first: FirstActs, entries: Readonly<Record<string, { readonly name: string; readonly at: number }>>, position: number): number {
  for (const id of Object.keys(entries)) {
    const { name, at } = entries[id];
    const seen = first.get(name);
    if (!seen || at < seen.at) first.set(name, { at, position });
    position++;
  }
  return position;
}

/**
 * The plan's authors (of picks, write-ins and agreements), each once, in the
 * order they first acted; at the same moment by name, then by where they
 * appear (picks, write-ins, agreements). This is the order of sorting every
 * authored entry by time and name, without sorting them all: the dashboard
 * summarises a pair on each of its changes, and that sort was a tenth of
 * what a summary allocated (issue 17).
 */
function authorsInOrder(plan: PlanSnapshot): string[] {
  const first: FirstActs = new Map();
  noteFirstActs(first, plan.agreements, noteFirstActs(first, plan.writeIns, noteFirstActs(first, plan.picks, 0)));
  return [...first]
    .sort(([a, x], [b, y]) => x.at - y.at || a.localeCompare(b) || x.position - y.position)
    .map(([name]) => name);
}

/** "Irene (agreed), Ivan (not yet agreed)", in the language of `t`; `escape` makes each name safe for the format. */
export function formatPartners(partners: readonly PlanPartner[], t: Translate, escape: (name: string) => string = (name) => name): string {
  return partners.map((p) => t(p.agreed ? 'export.partnerAgreed' : 'export.partnerNotAgreed', { name: escape(p.name) })).join(', ');
}

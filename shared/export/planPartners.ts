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
 * current plan.
 */
export function planPartners(plan: PlanSnapshot, pair: PairPeople = {}): PlanPartner[] {
  const people = [...(pair.members ?? []), ...(pair.joined ?? []), ...(pair.present ?? []).map((p) => p.name)];
  const authored = [...Object.values(plan.picks), ...Object.values(plan.writeIns), ...Object.values(plan.agreements)]
    .map((a) => ({ name: a.name, at: a.at }))
    .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name))
    .map((a) => a.name);
  const agreed = new Set(agreementStatus(plan, true, []).agreed.map((a) => key(a.name)));
  const seen = new Set<string>();
  const partners: PlanPartner[] = [];
  for (const name of [...people, ...authored]) {
    const k = key(name);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    partners.push({ name: tidy(name), agreed: agreed.has(k) });
  }
  return partners;
}

/** "Irene (agreed), Ivan (not yet agreed)", in the language of `t`; `escape` makes each name safe for the format. */
export function formatPartners(partners: readonly PlanPartner[], t: Translate, escape: (name: string) => string = (name) => name): string {
  return partners.map((p) => t(p.agreed ? 'export.partnerAgreed' : 'export.partnerNotAgreed', { name: escape(p.name) })).join(', ');
}

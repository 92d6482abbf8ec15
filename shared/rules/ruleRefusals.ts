/**
 * The rules the server enforces by undoing what broke them (the sender keeps
 * its connection and is told which): a choice past the maximum, an agreement
 * to a plan that breaks the rules, an agreement to a plan that changed before
 * it arrived.
 */
export const RULE_REFUSALS = ['over-max', 'agreement-invalid', 'agreement-stale'] as const;
export type RuleRefusal = (typeof RULE_REFUSALS)[number];

/**
 * The rules the server enforces by undoing what broke them (the sender keeps
 * its connection and is told which): a choice past the maximum, an agreement
 * to a plan that breaks the rules, an agreement to a plan that changed before
 * it arrived, text typed past a field's length (counted on the merged text)
 * or into a write-in a partner just removed.
 */
export const RULE_REFUSALS = ['over-max', 'agreement-invalid', 'agreement-stale', 'text-too-long', 'item-removed'] as const;
export type RuleRefusal = (typeof RULE_REFUSALS)[number];

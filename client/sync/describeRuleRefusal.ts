/**
 * What to tell a partner whose change the server undid because it broke a
 * rule: the same words the room uses when it refuses a tick itself.
 */
import type { RuleRefusal } from '../../shared/rules/ruleRefusals.js';
import type { MessageKey } from '../../shared/i18n/messages.js';

/** The message (an i18n key and its parameters) for a rule refusal. */
export function describeRuleRefusal(rule: RuleRefusal, max: number | null): { messageKey: MessageKey; params: Record<string, string> } {
  switch (rule) {
    case 'over-max':
      return max === null ? { messageKey: 'close.invalidUpdateNoReason', params: {} } : { messageKey: 'rules.refusedMax', params: { max: String(max) } };
    case 'agreement-invalid':
      return { messageKey: 'close.undoneAgreementInvalid', params: {} };
    case 'agreement-stale':
      return { messageKey: 'close.undoneAgreementStale', params: {} };
    case 'text-too-long':
      return { messageKey: 'close.undoneTextTooLong', params: {} };
    case 'item-removed':
      return { messageKey: 'close.undoneItemRemoved', params: {} };
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}

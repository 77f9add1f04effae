// Inheritance: which inherited rules stay in force, which this pack replaces or drops, and
// the rules the engine finally sees.
import { canonical } from './checkRules.js';
import type { PackIssue } from './issues.js';
import type { PackSource } from './parse.js';
import type { Rule, RulePack, Stop } from './schema.js';
import { closest } from './schemaMessages.js';
import type { CompiledPack, CompiledRule, InheritanceSummary } from './types.js';

/** The rules in force for a pack, how it treats its inheritance, and what went wrong. */
export interface InheritanceResult {
  rules: CompiledRule[];
  inheritance: InheritanceSummary;
  issues: PackIssue[];
}

/**
 * Merges a pack's rules with those it inherits from `base` (already compiled, so it holds
 * every ancestor's rules in force). Inherited rules not replaced or dropped come first, in
 * the base's order, then this pack's own rules with its `defaults.stopsOn` merged in.
 *
 * Issues: `replace_missing` / `drop_missing` (naming a rule that is not inherited),
 * `replace_obligation_mismatch`, `duplicate_drop`, `missing_replaces` (an own rule shares
 * an obligation key with an inherited rule still in force, without `replaces` or
 * `keepsInherited: true`), `duplicate_rule_id` (an own id equal to an inherited id still in
 * force), `needless_keeps_inherited` (warning).
 */
export function resolveInheritance(pack: RulePack, source: PackSource, base: CompiledPack | undefined): InheritanceResult {
  const issues: PackIssue[] = [];
  const inherited = base?.rules ?? [];
  const byId = new Map(inherited.map((r) => [r.id, r]));
  const ids = [...byId.keys()];
  const notInherited = (id: string) =>
    base
      ? `"${id}" is not a rule inherited from ${base.id}${hint(id, ids)}`
      : `"${id}" is not inherited: this pack does not extend another pack`;

  const dropped: InheritanceSummary['dropped'] = [];
  const droppedIds = new Set<string>();
  pack.drops?.forEach((drop, i) => {
    if (!byId.has(drop.rule)) issues.push(source.issue('drop_missing', ['drops', i, 'rule'], `cannot drop ${notInherited(drop.rule)}`));
    else if (droppedIds.has(drop.rule)) issues.push(source.issue('duplicate_drop', ['drops', i, 'rule'], `"${drop.rule}" is already dropped above`));
    else {
      droppedIds.add(drop.rule);
      dropped.push({ rule: drop.rule, reason: drop.reason });
    }
  });

  const replaced: InheritanceSummary['replaced'] = [];
  const replacedIds = new Set<string>();
  pack.rules.forEach((rule, r) => {
    const list = rule.replaces === undefined ? [] : typeof rule.replaces === 'string' ? [rule.replaces] : rule.replaces;
    list.forEach((id, j) => {
      const path = typeof rule.replaces === 'string' ? ['rules', r, 'replaces'] : ['rules', r, 'replaces', j];
      const target = byId.get(id);
      if (!target) issues.push(source.issue('replace_missing', path, `cannot replace ${notInherited(id)}`));
      else if (target.obligation !== rule.obligation) {
        issues.push(
          source.issue(
            'replace_obligation_mismatch',
            path,
            `"${id}" is a rule for "${target.obligation}", not "${rule.obligation}": a rule can only replace inherited rules with the same obligation key`,
          ),
        );
      } else {
        replacedIds.add(id);
        replaced.push({ rule: id, by: rule.id });
      }
    });
  });

  const inForce = inherited.filter((r) => !replacedIds.has(r.id) && !droppedIds.has(r.id));
  pack.rules.forEach((rule, r) => {
    const sameKey = inForce.filter((x) => x.obligation === rule.obligation);
    if (sameKey.length > 0 && !rule.keepsInherited) {
      const names = sameKey.map((x) => `${x.id} (${x.pack})`).join(', ');
      issues.push(
        source.issue(
          'missing_replaces',
          ['rules', r, 'obligation'],
          `an inherited rule already covers "${rule.obligation}": ${names}. Add \`replaces: ${sameKey.map((x) => x.id).join(', ')}\` to replace it, or \`keepsInherited: true\` to apply both`,
        ),
      );
    }
    if (rule.keepsInherited && !inherited.some((x) => x.obligation === rule.obligation)) {
      issues.push(
        source.issue('needless_keeps_inherited', ['rules', r, 'keepsInherited'], `no inherited rule covers "${rule.obligation}", so there is nothing to keep`, {
          severity: 'warning',
        }),
      );
    }
    const clash = inForce.find((x) => x.id === rule.id);
    if (clash) {
      issues.push(
        source.issue('duplicate_rule_id', ['rules', r, 'id'], `the rule id "${rule.id}" is already used by an inherited rule from ${clash.pack}: give this rule its own id, or replace that rule`),
      );
    }
  });

  const defaults = pack.defaults?.stopsOn ?? [];
  const own = pack.rules.map((rule): CompiledRule => ({ ...rule, pack: pack.id, stopsOn: mergeStops(rule.stopsOn, defaults) }));
  return {
    rules: [...inForce, ...own],
    inheritance: { kept: inForce.map((r) => r.id), replaced, dropped },
    issues,
  };
}

/** A rule's stops followed by the pack defaults it does not already list. */
export function mergeStops(own: Rule['stopsOn'], defaults: readonly Stop[]): Stop[] {
  const stops = [...(own ?? [])];
  const seen = new Set(stops.map(canonical));
  for (const stop of defaults) if (!seen.has(canonical(stop))) stops.push(stop);
  return stops;
}

function hint(id: string, ids: readonly string[]): string {
  const near = closest(id, ids);
  return near ? `; did you mean "${near}"?` : '';
}

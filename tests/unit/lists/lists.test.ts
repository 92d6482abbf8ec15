import { describe, it, expect } from 'vitest';
import { ESSENTIAL_LIST_2020_21 } from '../../../shared/lists/essentialList2020.js';
import { DISTRICT_INVENTORY } from '../../../shared/lists/districtInventory.js';
import { STATE_INVENTORY, LEADERSHIP_PLAN_PARTS } from '../../../shared/lists/stateInventory.js';
import { DISTRICT_LEADERSHIP_ROLES } from '../../../shared/lists/districtLeadershipRoles.js';
import { DISTRICT_FACILITATOR_ACTIONS } from '../../../shared/lists/districtFacilitatorActions.js';
import { BUILT_IN_LISTS, DEFAULT_LIST_ID, getBuiltInList, LIST_MODES } from '../../../shared/lists/index.js';
import type { ActivityList } from '../../../shared/lists/index.js';

const counts = (l: ActivityList) => l.strategies.map((s) => s.activities.length);
const total = (l: ActivityList) => counts(l).reduce((a, b) => a + b, 0);
const activity = (l: ActivityList, id: string) => l.strategies.flatMap((s) => s.activities).find((a) => a.id === id)?.text;
const allTexts = (l: ActivityList) => l.strategies.flatMap((s) => [s.title, s.description, ...s.activities.map((a) => a.text)]);

describe('ESSENTIAL_LIST_2020_21', () => {
  const l = ESSENTIAL_LIST_2020_21;

  it('has 25 activities in 4/4/5/4/4/4', () => {
    expect(counts(l)).toEqual([4, 4, 5, 4, 4, 4]);
    expect(total(l)).toBe(25);
  });

  it('keeps the six strategies in the document order, with short titles and their sentences', () => {
    expect(l.strategies.map((s) => s.id)).toEqual([
      'create-awareness',
      'align-program-policy',
      'guide-learning',
      'share-knowledge',
      'celebrate-milestones',
      'document-progress',
    ]);
    expect(l.strategies[0].title).toBe('Create awareness');
    expect(l.strategies[0].description).toBe(
      'Actively promote the partnership program to key stakeholders, including teachers, administrators, families, and community groups.',
    );
    expect(l.strategies[5].title).toBe('Document progress and evaluate outcomes');
  });

  it('is the choose-mode list: at least one per strategy, no more than 14, about 20 minutes, with write-ins', () => {
    expect(l.id).toBe('essential-2020-21');
    expect(l.mode).toBe('choose');
    expect(l.rules).toEqual({ minPerStrategy: 1, maxTotal: 14, minutes: 20 });
    expect(l.writeIns).toBe(true);
    expect(l.hasStrategies).toBe(true);
    expect(l.title).toBe('Most Essential List 2020-21');
    expect(l.subtitle).toBe('Partner ZOOM Activity 2 · Explore Leadership and Facilitation Strategies');
  });

  it('keeps the first and last activities word for word', () => {
    expect(activity(l, 'create-awareness-1')).toBe(
      'Convene a one-on-one meeting with the district superintendent to discuss the goals for the partnership program.',
    );
    expect(activity(l, 'document-progress-4')).toBe(
      "Assist schools' ATPs to use simple evaluation tools, including the Annual Evaluation of Activities (pp. 348-359 and Handbook CD) and the Annual Review of Team Processes (p. 112 and CD) to continually improve their partnership programs.",
    );
  });

  it('fixes the scan errors (lnstagram, a-newsletter, a space before a period, a line break)', () => {
    expect(activity(l, 'share-knowledge-3')).toMatch(/^Tweet, blog, post photos to Instagram, write posts to Facebook/);
    expect(activity(l, 'share-knowledge-2')).toBe(
      'Disseminate a newsletter or other communique that shares information, events, and highlights of district and school partnership programs.',
    );
    expect(activity(l, 'guide-learning-2')).toContain("all participating schools' ATPs on the basic information");
    expect(activity(l, 'guide-learning-2')).toContain('One-Year Action Plan for Partnerships. (See Chapters 4 and 5');
    for (const t of allTexts(l)) expect(t).not.toMatch(/\s[.,;:)]|\s{2}|\n|lnstagram/);
  });

  it('gives the THINK prompts joined by "AND", as the seed joins them, and the directions as separate entries', () => {
    expect(l.prompts).toEqual([
      'Which activities will help you strengthen your leadership at the district level?',
      'Which activities will help you improve school-based partnership programs and the work of ATPs?',
    ]);
    expect(l.promptsJoin).toBe('AND');
    expect(l.directions).toContain('Choose and check at least ONE activity for each leadership strategy.');
    expect(l.directions).toContain('Select NO MORE THAN 14 activities TOTAL.');
    expect(l.directions).toContain('You will have about 20 minutes to come to a consensus on a proposed plan.');
    expect(l.directions).toContain('We will hear ideas from ZOOM Partners at the end of this activity.');
    expect(l.source).toMatch(/^Jansorn, N\. R\., & Epstein, J\. L\. \(2019\) “Lead and Succeed/);
  });
});

describe('DISTRICT_INVENTORY', () => {
  const l = DISTRICT_INVENTORY;

  it('has 48 activities in 7/10/8/7/10/6, align program and policy first as in the document', () => {
    expect(counts(l)).toEqual([7, 10, 8, 7, 10, 6]);
    expect(total(l)).toBe(48);
    expect(l.strategies.map((s) => s.title)).toEqual([
      'Align Program and Policy',
      'Create Awareness',
      'Guide Learning and Program Development',
      'Share Knowledge',
      'Celebrate Milestones',
      'Document Progress and Evaluate Outcomes',
    ]);
  });

  it('is an inventory with no minimum or maximum, no clock by default (its document gives no time), and write-ins', () => {
    expect(l.id).toBe('district-inventory');
    expect(l.mode).toBe('inventory');
    expect(l.rules).toEqual({ minPerStrategy: 0, maxTotal: null, minutes: null });
    expect(l.writeIns).toBe(true);
    expect(l.hasStrategies).toBe(true);
  });

  it('keeps the first and last activities word for word', () => {
    expect(activity(l, 'align-program-policy-1')).toBe(
      'Ensure that the district policy on partnerships refers to district level leadership activities and to direct assistance to help all schools develop their partnership programs with goal-oriented action plans.',
    );
    expect(activity(l, 'document-progress-6')).toBe(
      "Complete an annual district survey to assess the quality of the district's partnership program.",
    );
  });

  it('restores the garbled last section as its six activities and the cut Share Knowledge description', () => {
    const doc = l.strategies[5];
    expect(doc.activities.map((a) => a.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'Provide schools with',
      "Collect schools' Unified",
      'Establish a quarterly',
      'Evaluate the district',
      'Encourage schools to',
      'Complete an annual',
    ]);
    expect(doc.description).toBe(
      'Collect information to document activities and to assess progress in meeting district FSCP goals, and assist each school to document and evaluate progress in implementing their Unified Improvement Plans.',
    );
    expect(l.strategies[3].description).toBe(
      'Foster ongoing communication throughout the district to build knowledge about research-based and sustainable FSCP strategies linked to student learning.',
    );
    expect(activity(l, 'share-knowledge-5')).toMatch(/English language learners, Title I\)\.$/);
  });

  it("words each strategy's write-in line as the document does, the garbled last one restored", () => {
    expect(l.strategies.map((s) => s.writeInPrompt)).toEqual([
      'Other district activities to align program and policy',
      'Other district activities to create awareness',
      'Other district activities to guide learning and program development',
      'Other district activities to share knowledge',
      'Other district activities to celebrate milestones',
      'Other district activities to document progress and evaluate outcomes',
    ]);
  });

  it('does not repeat a paragraph of its directions in its source', () => {
    for (const paragraph of l.directions) expect(l.source).not.toContain(paragraph);
    expect(l.source).toMatch(/^District Facilitation Inventory for Partnering/);
  });

  it('gives the ✓ now / ☆ future directions', () => {
    expect(l.directions).toContain('Check (✓) all activities that presently are conducted in your district.');
    expect(l.directions).toContain(
      "Star (☆) the activities that you want to initiate in the future, as you develop your district's program.",
    );
  });
});

describe('STATE_INVENTORY', () => {
  const l = STATE_INVENTORY;

  it('has 47 activities in 9/7/10/6/7/8', () => {
    expect(counts(l)).toEqual([9, 7, 10, 6, 7, 8]);
    expect(total(l)).toBe(47);
  });

  it("words each strategy's write-in line as the document does (OTHER STATE ACTIVITIES TO …)", () => {
    expect(l.strategies.map((s) => s.writeInPrompt?.toUpperCase())).toEqual([
      'OTHER STATE ACTIVITIES TO CREATE AWARENESS',
      'OTHER STATE ACTIVITIES TO ALIGN PROGRAM AND POLICIES',
      'OTHER STATE ACTIVITIES TO GUIDE LEARNING AND PROGRAM DEVELOPMENT',
      'OTHER STATE ACTIVITIES TO SHARE KNOWLEDGE',
      'OTHER STATE ACTIVITIES TO CELEBRATE MILESTONES',
      'OTHER STATE ACTIVITIES TO DOCUMENT PROGRESS AND EVALUATE OUTCOMES',
    ]);
  });

  it('is an inventory with no minimum or maximum, no clock by default (its document gives no time), and write-ins', () => {
    expect(l.id).toBe('state-inventory');
    expect(l.mode).toBe('inventory');
    expect(l.rules).toEqual({ minPerStrategy: 0, maxTotal: null, minutes: null });
    expect(l.writeIns).toBe(true);
    expect(l.hasStrategies).toBe(true);
  });

  it('keeps the first and last activities word for word, with plain apostrophes and no markdown', () => {
    expect(activity(l, 'create-awareness-1')).toBe(
      "Identify colleagues who work on partnerships across offices at the state department of education. Convene periodic meetings of this interdepartmental group to discuss their various activities and the state's partnership agenda.",
    );
    expect(activity(l, 'document-progress-8')).toBe(
      'Guide districts and schools to complete the annual UPDATE survey (if they are part of NNPS) to assess the quality of their partnership programs and ways to improve.',
    );
    for (const t of allTexts(l)) expect(t).not.toMatch(/[’*]/);
  });

  it('lists what a Leadership Plan for Partnerships holds, in the document’s words', () => {
    expect(LEADERSHIP_PLAN_PARTS).toEqual([
      'goals',
      'strategies',
      'activities',
      'timelines',
      'people responsible',
      'budgets',
      'other resources',
    ]);
    expect(activity(l, 'align-program-policy-3')).toContain(
      'Include goals, strategies, activities, timelines, people responsible, budgets, and other resources.',
    );
  });
});

describe('DISTRICT_LEADERSHIP_ROLES', () => {
  const l = DISTRICT_LEADERSHIP_ROLES;

  it('has one group of 12 roles, as an inventory checklist without strategies or write-ins', () => {
    expect(counts(l)).toEqual([12]);
    expect(l.strategies[0].id).toBe('roles');
    expect(l.id).toBe('district-leadership-roles');
    expect(l.mode).toBe('inventory');
    expect(l.rules).toEqual({ minPerStrategy: 0, maxTotal: null, minutes: null });
    expect(l.hasStrategies).toBe(false);
    expect(l.writeIns).toBe(false);
  });

  it('keeps the first and last roles word for word, without markdown asterisks', () => {
    expect(activity(l, 'roles-1')).toMatch(/^WRITE A POLICY that identifies district goals for partnerships, .* periodically with parent input\.$/);
    expect(activity(l, 'roles-12')).toBe(
      'CONDUCT OTHER DISTRICT LEADERSHIP ACTIVITIES to build strong and permanent programs of partnership at the district level and in all schools.',
    );
    expect(activity(l, 'roles-4')).toMatch(/^IDENTIFY A BUDGET WITH ADEQUATE FUNDS for staff salaries/);
    for (const t of allTexts(l)) expect(t).not.toMatch(/\*|^\d+\./);
  });

  it('restores roles 7 and 9 in order, joined across their broken lines', () => {
    expect(activity(l, 'roles-7')).toBe(
      'CONDUCT AN END-OF-YEAR CELEBRATION WORKSHOP for ATPs to share best practices, discuss progress, solve challenges, and plan ahead. District leaders also should recognize excellent programs and practices.',
    );
    expect(activity(l, 'roles-8')).toMatch(/^DEVELOP OR SELECT TOOLS AND PRODUCTS/);
    expect(activity(l, 'roles-9')).toBe(
      "ESTABLISH A DISTRICT WEBSITE, E-LIBRARY, and/or other communications to disseminate tools and materials, results of research, and other information that will help schools' ATPs and others improve their partnership programs. Share information on partnerships with the public and media.",
    );
    expect(activity(l, 'roles-10')).toMatch(/^WORK WITH BUSINESSES/);
  });
});

describe('DISTRICT_FACILITATOR_ACTIONS', () => {
  const l = DISTRICT_FACILITATOR_ACTIONS;

  it("has 10 actions for schools' ATPs and 2 district-level actions, as an inventory checklist", () => {
    expect(counts(l)).toEqual([10, 2]);
    expect(l.strategies.map((s) => s.id)).toEqual(['school-atps', 'district-level']);
    expect(l.id).toBe('district-facilitator-actions');
    expect(l.mode).toBe('inventory');
    expect(l.rules).toEqual({ minPerStrategy: 0, maxTotal: null, minutes: null });
    expect(l.hasStrategies).toBe(false);
    expect(l.writeIns).toBe(false);
  });

  it('keeps the first and last actions word for word, without markdown', () => {
    expect(activity(l, 'school-atps-1')).toBe('Help each school establish an Action Team for Partnerships (ATP).');
    expect(activity(l, 'school-atps-5')).toContain('(see Handbook, Chapter 9)');
    expect(activity(l, 'district-level-2')).toBe(
      'Make presentations to groups of principals, administrators, the school board, other district leaders, parents, or other groups interested in improving partnerships.',
    );
  });
});

describe('every built-in list', () => {
  it.each(BUILT_IN_LISTS.map((l) => [l.id, l] as const))('%s has a source, directions, and non-empty texts', (_id, l) => {
    expect(l.source.trim()).not.toBe('');
    expect(l.directions.length).toBeGreaterThan(0);
    for (const d of l.directions) expect(d.trim()).not.toBe('');
    expect(LIST_MODES).toContain(l.mode);
    for (const s of l.strategies) {
      expect(s.title.trim()).not.toBe('');
      expect(s.activities.length).toBeGreaterThan(0);
      for (const a of s.activities) expect(a.text).toBe(a.text.trim().replace(/\s+/g, ' '));
    }
  });

  it.each(BUILT_IN_LISTS.map((l) => [l.id, l] as const))('%s has unique ids, <strategy-id>-<n> from 1', (_id, l) => {
    const strategyIds = l.strategies.map((s) => s.id);
    expect(new Set(strategyIds).size).toBe(strategyIds.length);
    const ids = l.strategies.flatMap((s) => s.activities.map((a) => a.id));
    expect(new Set([...ids, ...strategyIds]).size).toBe(ids.length + strategyIds.length);
    for (const s of l.strategies) {
      expect(s.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(s.activities.map((a) => a.id)).toEqual(s.activities.map((_, i) => `${s.id}-${i + 1}`));
    }
  });
});

describe('BUILT_IN_LISTS and getBuiltInList', () => {
  it('lists the five lists, the Essential List first', () => {
    expect(BUILT_IN_LISTS.map((l) => l.id)).toEqual([
      'essential-2020-21',
      'district-inventory',
      'state-inventory',
      'district-leadership-roles',
      'district-facilitator-actions',
    ]);
    expect(new Set(BUILT_IN_LISTS.map((l) => l.id)).size).toBe(BUILT_IN_LISTS.length);
  });

  it('finds a list by id and the default id names the Essential List', () => {
    expect(DEFAULT_LIST_ID).toBe('essential-2020-21');
    expect(getBuiltInList(DEFAULT_LIST_ID)).toBe(ESSENTIAL_LIST_2020_21);
    expect(getBuiltInList('state-inventory')).toBe(STATE_INVENTORY);
  });

  it('returns undefined for an unknown id', () => {
    expect(getBuiltInList('no-such-list')).toBeUndefined();
    expect(getBuiltInList('')).toBeUndefined();
  });
});

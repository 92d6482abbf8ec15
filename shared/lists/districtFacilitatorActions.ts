import type { ActivityList } from './types.js';

/**
 * "What Do DISTRICT Facilitators Do?" (seed 003): a checklist of the 10
 * essential facilitation actions for schools' ATPs and the 2 district-level
 * actions (two groups, no write-ins).
 */
export const DISTRICT_FACILITATOR_ACTIONS: ActivityList = {
  id: 'district-facilitator-actions',
  title: 'What Do DISTRICT Facilitators Do?',
  source: 'What Do DISTRICT Facilitators Do?',
  directions: [
    "SST Coaches guide District Leaders for Partnerships to facilitate their schools' ATPs in the following ways.",
    'District facilitators help schools set a course, stay on course, reach their goals, share ideas with each other, and continue their plans and programs of partnerships. Facilitators are essential for helping all schools improve their partnership programs, reach all families, and continue to build knowledge and skills over time. Effective facilitators conduct some or all of the following activities.',
    "Note: The Lead and Succeed inventory shares about 50 leadership and facilitative activities that district leaders might conduct in their locations. No one is expected to conduct all 50 activities. What Do Facilitators Do? lists 10 essential actions that have been shown to help Action Teams for Partnerships (ATPs) begin to build site-specific goal-linked partnership programs. Also see 2 basic leadership actions to conduct at the district level. Leaders for partnerships may make other choices, but should maintain a focus on helping every school work well with its own students' families.",
  ],
  mode: 'inventory',
  rules: { minPerStrategy: 0, maxTotal: null, minutes: null },
  writeIns: false,
  hasStrategies: false,
  strategies: [
    {
      id: 'school-atps',
      title: "Facilitate schools' ATPs",
      description: 'Effective facilitators conduct some or all of the following activities.',
      activities: [
        {
          id: 'school-atps-1',
          text: 'Help each school establish an Action Team for Partnerships (ATP).',
          short: 'Help each school establish an ATP',
        },
        {
          id: 'school-atps-2',
          text: 'Provide training to ATPs to help them understand the framework of the six types of involvement and how to apply the framework to reach specific school improvement goals, such as improving attendance, achievement, behavior, and a school climate of partnership.',
          short: 'Train ATPs on the six types of involvement',
        },
        {
          id: 'school-atps-3',
          text: 'Guide each ATP to use the framework to write a goal-linked One-Year Action Plan for Partnerships.',
          short: 'Guide each ATP to write a goal-linked Action Plan',
        },
        {
          id: 'school-atps-4',
          text: 'Help ATPs focus on meeting specific challenges to engage all families and to increase the success of their practices of partnership.',
          short: 'Help ATPs meet challenges to engage all families',
        },
        {
          id: 'school-atps-5',
          text: "Help schools' ATPs assess the results of their practices of partnership by assessing how each activity worked (see Handbook, Chapter 9) and in annual evaluations of program qualities and progress.",
          short: 'Help ATPs assess the results of their practices',
        },
        {
          id: 'school-atps-6',
          text: 'Meet with or contact ATP leaders and team members at least once a month.',
          short: 'Meet with or contact ATP leaders monthly',
        },
        {
          id: 'school-atps-7',
          text: 'Conduct quarterly cluster meetings for small groups of ATP chairs or co-chairs to share best practices and to discuss problems and solutions.',
          short: 'Hold quarterly cluster meetings for ATP chairs',
        },
        {
          id: 'school-atps-8',
          text: 'Meet with principals at the start of the school year to clarify how the district facilitator will assist the school and how the principal will support the work of the ATP.',
          short: 'Meet principals at year start to clarify roles',
        },
        {
          id: 'school-atps-9',
          text: "Conduct an end-of-year celebration with all schools' ATPs to share best practices, discuss and solve challenges, and continue planning for the next school year.",
          short: 'Hold an end-of-year celebration with all ATPs',
        },
        {
          id: 'school-atps-10',
          text: 'Conduct other activities that assist ATPs with their work, such as presentations to teachers, parents, the School Improvement Team, and others.',
          short: 'Conduct other activities that assist ATPs',
        },
      ],
    },
    {
      id: 'district-level',
      title: 'District-level meetings and presentations',
      description: 'Facilitators also conduct district-level meetings and presentations. They may:',
      activities: [
        {
          id: 'district-level-1',
          text: "Meet with district administrators to discuss their expectations for the district's culture of partnerships and clarify how they will encourage principals to support the work of their school-based ATPs.",
          short: "Discuss administrators' expectations for a culture of partnerships",
        },
        {
          id: 'district-level-2',
          text: 'Make presentations to groups of principals, administrators, the school board, other district leaders, parents, or other groups interested in improving partnerships.',
          short: 'Present to principals, the board, parents, and other groups',
        },
      ],
    },
  ],
};

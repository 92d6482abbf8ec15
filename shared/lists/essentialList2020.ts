import { ESSENTIAL_LIST_SPANISH } from './essentialListSpanish.js';
import type { ActivityList } from './types.js';

/**
 * "Partner ZOOM Activity 2 — Explore Leadership and Facilitation Strategies":
 * the MOST ESSENTIAL LIST for the 2020-21 school year (seed 000). The default
 * list: partners choose at least one activity per strategy, no more than 14.
 * `prompts` are the "THINK with your ZOOM Partner" questions, joined by
 * "AND" as the seed joins them (partners weigh both at once). The title is
 * the name people know the list by (issue 18); the handout's header is the subtitle.
 * Written in English, with a Spanish translation (`essentialListSpanish.ts`).
 */
export const ESSENTIAL_LIST_2020_21: ActivityList = {
  id: 'essential-2020-21',
  lang: 'en',
  title: 'Most Essential List 2020-21',
  subtitle: 'Partner ZOOM Activity 2 · Explore Leadership and Facilitation Strategies',
  source:
    'Jansorn, N. R., & Epstein, J. L. (2019) “Lead and Succeed: An Inventory of District Leadership and Facilitation Strategies for Partnerships.” In Epstein, J. L., et al., School, family, and community partnerships: Your Handbook for Action, 4th edition, chapter 7. Thousand Oaks, CA: Corwin Press. See the full Inventory in your workshop resources folder.',
  directions: [
    'Here is a MOST ESSENTIAL LIST of activities for the 20-21 school year. A district leader for partnerships must choose which activities are most important in their location, for their schools, students, and families.',
    'Choose and check at least ONE activity for each leadership strategy.',
    'Select NO MORE THAN 14 activities TOTAL.',
    'You will have about 20 minutes to come to a consensus on a proposed plan.',
    'We will hear ideas from ZOOM Partners at the end of this activity.',
  ],
  prompts: [
    'Which activities will help you strengthen your leadership at the district level?',
    'Which activities will help you improve school-based partnership programs and the work of ATPs?',
  ],
  promptsJoin: 'AND',
  mode: 'choose',
  rules: { minPerStrategy: 1, maxTotal: 14, minutes: 20 },
  writeIns: true,
  hasStrategies: true,
  strategies: [
    {
      id: 'create-awareness',
      title: 'Create awareness',
      description:
        'Actively promote the partnership program to key stakeholders, including teachers, administrators, families, and community groups.',
      activities: [
        {
          id: 'create-awareness-1',
          text: 'Convene a one-on-one meeting with the district superintendent to discuss the goals for the partnership program.',
          short: 'Meet one-on-one with the superintendent on goals',
        },
        {
          id: 'create-awareness-2',
          text: "Conduct awareness sessions for school principals on the partnership program, including information on the assistance that your office will provide to all schools' ATPs.",
          short: 'Conduct awareness sessions on the program for principals',
        },
        {
          id: 'create-awareness-3',
          text: "Announce the district's partnership program on the district website.",
          short: 'Announce the partnership program on the district website',
        },
        {
          id: 'create-awareness-4',
          text: 'Meet individually with each school principal at the start of the school year to clarify the work of the district facilitator(s) and how the principal will support the ATP and program of partnerships.',
          short: 'Meet each principal at year start to clarify roles',
        },
      ],
    },
    {
      id: 'align-program-policy',
      title: 'Align program and policy',
      description:
        'With support from district leadership, integrate the partnership program with district policies, requirements, and procedures.',
      activities: [
        {
          id: 'align-program-policy-1',
          text: 'Ensure that the district policy on partnerships refers to district-level leadership activities and to direct assistance to help all schools develop their partnership programs with goal-linked engagement activities.',
          short: 'Ensure district policy covers leadership and school assistance',
        },
        {
          id: 'align-program-policy-2',
          text: 'Write a Leadership Plan for Partnerships that includes district-level actions and direct facilitation of school-ATPs.',
          short: 'Write a Leadership Plan for Partnerships',
        },
        {
          id: 'align-program-policy-3',
          text: 'Obtain approval and support from the superintendent for schools to establish ATPs and to link their Action Plans for Partnerships to goals in their school improvement plans.',
          short: 'Get superintendent approval for ATPs and goal-linked plans',
        },
        {
          id: 'align-program-policy-4',
          text: "Alert the superintendent and school board to how the district Leadership Plan for Partnerships reflects the district's policy on family and community engagement.",
          short: 'Tell superintendent and board how the plan reflects policy',
        },
      ],
    },
    {
      id: 'guide-learning',
      title: 'Guide learning and program development',
      description:
        'Organize and conduct professional development activities to assist schools in developing their partnership programs.',
      activities: [
        {
          id: 'guide-learning-1',
          text: 'Assist schools with preliminary steps to begin a partnership program (e.g., identify the members of the ATP, arrange a team-training workshop).',
          short: 'Assist schools with first steps to begin a program',
        },
        {
          id: 'guide-learning-2',
          text: "Conduct a One-Day Team-Training Workshop for all participating schools' ATPs on the basic information on the framework of six types of involvement, how to meet challenges to engage all families, how to link engagement activities to goals for students' academic and behavioral outcomes, how to have a well-functioning team, and how to write a good One-Year Action Plan for Partnerships. (See Chapters 4 and 5 and the Handbook CD to guide this workshop.)",
          short: 'Conduct a One-Day Team-Training Workshop for ATPs',
        },
        {
          id: 'guide-learning-3',
          text: 'Contact or meet with ATP leaders and team members at least monthly at each participating school.',
          short: "Contact or meet with each school's ATP monthly",
        },
        {
          id: 'guide-learning-4',
          text: 'Develop and implement professional development workshops and presentations for all teachers and school staff on partnerships.',
          short: 'Offer teachers and staff professional development on partnerships',
        },
        {
          id: 'guide-learning-5',
          text: 'Award small grants to schools as incentives to build their partnership programs using research-based approaches.',
          short: 'Award small grants to build research-based programs',
        },
      ],
    },
    {
      id: 'share-knowledge',
      title: 'Share knowledge',
      description:
        'Foster ongoing communication throughout the district to build knowledge about programs of school, family, and community partnerships.',
      activities: [
        {
          id: 'share-knowledge-1',
          text: "Share progress on the district's partnership program efforts with the superintendent, school board, principals, and others in leadership positions.",
          short: 'Share program progress with superintendent, board, and principals',
        },
        {
          id: 'share-knowledge-2',
          text: 'Disseminate a newsletter or other communique that shares information, events, and highlights of district and school partnership programs.',
          short: 'Send a newsletter on partnership news and highlights',
        },
        {
          id: 'share-knowledge-3',
          text: 'Tweet, blog, post photos to Instagram, write posts to Facebook, and/or use other social media to generate excitement and knowledge about partnership activities throughout the district.',
          short: 'Use social media to build excitement about partnerships',
        },
        {
          id: 'share-knowledge-4',
          text: 'Facilitate regularly scheduled meetings with other district departments working on family involvement issues (e.g., special education, bilingual education, Title I).',
          short: 'Meet regularly with other departments on family involvement',
        },
      ],
    },
    {
      id: 'celebrate-milestones',
      title: 'Celebrate milestones',
      description:
        'Recognize school and district successes in partnership programs and practice, and disseminate the successes widely.',
      activities: [
        {
          id: 'celebrate-milestones-1',
          text: "Host an end-of-year celebration for all schools' ATPs to share best practices, solve challenges, and write the next One-Year Action Plan for Partnerships.",
          short: 'Host an end-of-year celebration for all ATPs',
        },
        {
          id: 'celebrate-milestones-2',
          text: 'Edit and distribute in print or e-form a collection of promising partnership practices from each school.',
          short: 'Edit and share a collection of promising practices',
        },
        {
          id: 'celebrate-milestones-3',
          text: 'Organize a recognition program to celebrate schools for achieving milestones such as implementing their first family and community engagement activity, increasing attendance at activities, or connecting activities to specific learning goals for students.',
          short: "Organize a recognition program for schools' milestones",
        },
        {
          id: 'celebrate-milestones-4',
          text: 'Assist ATPs to recognize and thank volunteers and supporters in their schools.',
          short: 'Help ATPs thank their volunteers and supporters',
        },
      ],
    },
    {
      id: 'document-progress',
      title: 'Document progress and evaluate outcomes',
      description:
        'Collect information to document activities and assess progress in meeting district program goals, and assist each ATP to document and evaluate progress in implementing their action plans for partnerships.',
      activities: [
        {
          id: 'document-progress-1',
          text: 'Provide schools with an easy-to-use electronic recordkeeping system to document and save records of the plans and activities of their ATPs.',
          short: 'Provide schools an easy electronic recordkeeping system',
        },
        {
          id: 'document-progress-2',
          text: "Collect schools' One-Year Action Plans for Partnerships each year and use them to check schools' progress on a monthly schedule.",
          short: "Collect schools' Action Plans; check progress monthly",
        },
        {
          id: 'document-progress-3',
          text: 'Establish a quarterly or monthly recordkeeping system for the district facilitator(s) to document visits to schools and technical assistance that is provided or requested.',
          short: "Keep quarterly or monthly records of facilitators' visits",
        },
        {
          id: 'document-progress-4',
          text: "Assist schools' ATPs to use simple evaluation tools, including the Annual Evaluation of Activities (pp. 348-359 and Handbook CD) and the Annual Review of Team Processes (p. 112 and CD) to continually improve their partnership programs.",
          short: 'Help ATPs use simple evaluation tools to improve programs',
        },
      ],
    },
  ],
  translations: { es: ESSENTIAL_LIST_SPANISH },
};

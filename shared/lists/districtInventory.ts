import { DISTRICT_INVENTORY_SPANISH } from './districtInventorySpanish.js';
import type { ActivityList } from './types.js';

/**
 * "District Facilitation Inventory for Partnering" (seed 001), a state's version
 * of the district inventory: 48 activities in six strategies, marked ✓ now or
 * ☆ future, with write-in lines per strategy. The scan's garbled last section is
 * restored from the repeated paragraph (see shared seeds README).
 */
export const DISTRICT_INVENTORY: ActivityList = {
  id: 'district-inventory',
  title: 'District Facilitation Inventory for Partnering',
  subtitle: 'Supporting Family-School-Community Partnerships',
  source:
    'District Facilitation Inventory for Partnering: Supporting Family-School-Community Partnerships. National Network of Partnership Schools at Johns Hopkins University.',
  directions: [
    'This inventory is organized around six leadership strategies: align program and policy, create awareness, guide learning and program development, share knowledge, celebrate milestones, and document progress and evaluate outcomes. The inventory outlines activities that district-level facilitators may select to conduct a districtwide program of family, school, and community partnerships (FSCP).',
    "The strategies and activities in the inventory are based on the results of research about districts' partnership program development and examples shared by district leaders with The National Network of Partnership Schools at Johns Hopkins University.",
    'Check (✓) all activities that presently are conducted in your district.',
    "Star (☆) the activities that you want to initiate in the future, as you develop your district's program.",
    'At the end of each section, add other activities that you presently conduct or plan to conduct that are not listed.',
  ],
  mode: 'inventory',
  rules: { minPerStrategy: 0, maxTotal: null, minutes: null },
  writeIns: true,
  hasStrategies: true,
  strategies: [
    {
      id: 'align-program-policy',
      title: 'Align Program and Policy',
      writeInPrompt: 'Other district activities to align program and policy',
      description: "Integrate your district's FSCP initiatives with district policies, requirements, and procedures.",
      activities: [
        {
          id: 'align-program-policy-1',
          text: 'Ensure that the district policy on partnerships refers to district level leadership activities and to direct assistance to help all schools develop their partnership programs with goal-oriented action plans.',
          short: 'Ensure district policy covers leadership and school assistance',
        },
        {
          id: 'align-program-policy-2',
          text: 'Write a district Leadership Action Plan for Partnerships that includes district level actions and direct assistance to schools—use this inventory as a resource.',
          short: 'Write a district Leadership Action Plan for Partnerships',
        },
        {
          id: 'align-program-policy-3',
          text: 'Identify a budget to implement the district partnership program (e.g., time, staff, Title I funding).',
          short: 'Identify a budget for the district partnership program',
        },
        {
          id: 'align-program-policy-4',
          text: 'Obtain approval and support from the superintendent for schools to utilize School Accountability Committees (SAC) to incorporate FSCP goals into their school Unified Improvement Plans (UIP).',
          short: 'Get superintendent approval to add FSCP goals to UIPs',
        },
        {
          id: 'align-program-policy-5',
          text: "Arrange a formal announcement from the district leadership that the various schools' UIP and the Leadership Action Plan for Partnerships will be integrated.",
          short: 'Announce that UIPs and the Leadership Plan will be integrated',
        },
        {
          id: 'align-program-policy-6',
          text: 'Develop or review district policies so that work and progress on family and community partnerships is one component of the evaluations of principals and teachers.',
          short: 'Include partnership work in principal and teacher evaluations',
        },
        {
          id: 'align-program-policy-7',
          text: 'Assist schools to identify a school-based budget to implement family partnership initiatives.',
          short: 'Help schools find a budget for partnership initiatives',
        },
      ],
    },
    {
      id: 'create-awareness',
      title: 'Create Awareness',
      writeInPrompt: 'Other district activities to create awareness',
      description:
        "Actively promote your district's FSCP initiatives to all key stakeholders, including administrators, teachers, families, and community groups.",
      activities: [
        {
          id: 'create-awareness-1',
          text: 'Convene a one-on-one meeting with the district superintendent to discuss the goals for the partnership program.',
          short: 'Meet one-on-one with the superintendent on goals',
        },
        {
          id: 'create-awareness-2',
          text: "Conduct presentations about the district's goals for its partnership program to the school board, parent advisory council, and/or other key leadership groups.",
          short: 'Present program goals to the board and leadership groups',
        },
        {
          id: 'create-awareness-3',
          text: "Conduct awareness sessions for school principals on the partnership program, including the assistance that will be provided to all schools' SACs.",
          short: 'Conduct awareness sessions on the program for principals',
        },
        {
          id: 'create-awareness-4',
          text: 'Accompany school principals and/or key district level stakeholders to conferences related to program initiatives.',
          short: 'Accompany principals and stakeholders to program conferences',
        },
        {
          id: 'create-awareness-5',
          text: "Identify schools to participate in the district's partnership initiative.",
          short: 'Identify schools to join the partnership initiative',
        },
        {
          id: 'create-awareness-6',
          text: "Announce the district's partnership program on the school district website.",
          short: 'Announce the partnership program on the district website',
        },
        {
          id: 'create-awareness-7',
          text: "Disseminate a press release announcing the launch of the district's partnership initiative.",
          short: 'Send a press release launching the partnership initiative',
        },
        {
          id: 'create-awareness-8',
          text: "Conduct presentations in schools for SACs, PTAs, faculties, and/or others to inform them of the district's program.",
          short: 'Present the program to SACs, PTAs, and faculties',
        },
        {
          id: 'create-awareness-9',
          text: 'Meet individually with each school principal at the start of the school year to clarify the work of the district facilitator(s) and how the principals will support the program in their schools.',
          short: 'Meet each principal at year start to clarify roles',
        },
        {
          id: 'create-awareness-10',
          text: "Distribute information on the district's partnership program and, if appropriate, its affiliation Family-School-Community Partnerships at the Colorado Department of Education.",
          short: 'Distribute information on the program and its state affiliation',
        },
      ],
    },
    {
      id: 'guide-learning',
      title: 'Guide Learning and Program Development',
      writeInPrompt: 'Other district activities to guide learning and program development',
      description: 'Organize and conduct professional development activities to assist schools in developing their partnership programs.',
      activities: [
        {
          id: 'guide-learning-1',
          text: 'Assist schools with preliminary steps to begin the partnership program (e.g., identify the members of SACs, arrange team-training workshops).',
          short: 'Assist schools with first steps to begin the program',
        },
        {
          id: 'guide-learning-2',
          text: "Conduct a training workshop for all participating schools that includes support to schools on how to link the district Leadership Action Plan for Partnerships with each school's UIP.",
          short: 'Train schools to link the Leadership Plan with UIPs',
        },
        {
          id: 'guide-learning-3',
          text: "Organize a clear process for the district facilitator (e.g., the Family Partnership Contact) to provide feedback and support for each school's program.",
          short: 'Set a clear process for facilitator feedback to schools',
        },
        {
          id: 'guide-learning-4',
          text: "Convene regularly scheduled meetings for schools' SAC chairs or co-chairs to share experiences and learn about specific program topics.",
          short: 'Meet regularly with SAC chairs to share and learn',
        },
        {
          id: 'guide-learning-5',
          text: 'Develop and implement professional development workshops and presentations for all teachers and school staff on partnerships.',
          short: 'Offer teachers and staff professional development on partnerships',
        },
        {
          id: 'guide-learning-6',
          text: 'Conduct workshops for parents on ways to partner with the school to increase student success.',
          short: 'Hold workshops for parents on partnering with the school',
        },
        {
          id: 'guide-learning-7',
          text: 'Conduct a refresher workshop to help schools continue developing their family partnership initiatives from year-to-year.',
          short: 'Conduct a refresher workshop to keep initiatives growing',
        },
        {
          id: 'guide-learning-8',
          text: 'Award small grants to schools as incentives to build their family partnership initiatives using research-based approaches.',
          short: 'Award small grants to build research-based initiatives',
        },
      ],
    },
    {
      id: 'share-knowledge',
      title: 'Share Knowledge',
      writeInPrompt: 'Other district activities to share knowledge',
      description:
        'Foster ongoing communication throughout the district to build knowledge about research-based and sustainable FSCP strategies linked to student learning.',
      activities: [
        {
          id: 'share-knowledge-1',
          text: "Share progress on the district's partnership program efforts with the superintendent, school board, principals, and others in leadership positions.",
          short: 'Share program progress with superintendent, board, and principals',
        },
        {
          id: 'share-knowledge-2',
          text: 'Facilitate a mid-year meeting for schools to share promising practices and solutions to challenges.',
          short: 'Hold a mid-year meeting for schools to share practices',
        },
        {
          id: 'share-knowledge-3',
          text: "Disseminate a weekly or monthly newsletter that shares important information, upcoming events, and specific school highlights connected with the district's partnership program, and encourage schools to share with their community.",
          short: 'Send a weekly or monthly newsletter on the program',
        },
        {
          id: 'share-knowledge-4',
          text: 'Write a regularly featured column on family partnership initiatives for the district newsletter.',
          short: 'Write a regular partnership column for the district newsletter',
        },
        {
          id: 'share-knowledge-5',
          text: 'Facilitate regularly scheduled meetings with other district departments working on family involvement issues (e.g., special education, English language learners, Title I).',
          short: 'Meet regularly with other departments on family involvement',
        },
        {
          id: 'share-knowledge-6',
          text: 'Moderate a discussion board on the district website that enables schools to post information, events, and questions for others about partnerships.',
          short: 'Moderate a partnership discussion board on the district website',
        },
        {
          id: 'share-knowledge-7',
          text: 'Assist schools to share information about their partnership activities through the local news media throughout the school year.',
          short: 'Help schools share their activities through local news media',
        },
      ],
    },
    {
      id: 'celebrate-milestones',
      title: 'Celebrate Milestones',
      writeInPrompt: 'Other district activities to celebrate milestones',
      description: 'Recognize school and district successes in partnership goals and practices, and disseminate the successes widely.',
      activities: [
        {
          id: 'celebrate-milestones-1',
          text: 'Celebrate October as Family and School Partnership in Education month.',
          short: 'Celebrate October as Partnership in Education month',
        },
        {
          id: 'celebrate-milestones-2',
          text: "Ask your local city council or mayor's office to formally proclaim a Family and School Partnership in Education Month.",
          short: 'Ask city leaders to proclaim a Partnership Month',
        },
        {
          id: 'celebrate-milestones-3',
          text: "Host an end-of-year celebration for all schools' SACs.",
          short: 'Host an end-of-year celebration for all SACs',
        },
        {
          id: 'celebrate-milestones-4',
          text: 'Edit and distribute a collection of promising partnership practices from each school.',
          short: 'Edit and share a collection of promising practices',
        },
        {
          id: 'celebrate-milestones-5',
          text: 'Send thank-you letters or certificates to schools for submitting promising partnership practices to the district collection.',
          short: 'Thank schools that submit practices to the collection',
        },
        {
          id: 'celebrate-milestones-6',
          text: 'Send letters to principals thanking them for their support for partnerships.',
          short: 'Send principals thank-you letters for their support',
        },
        {
          id: 'celebrate-milestones-7',
          text: "Write an annual progress report on the district's partnership program to share with key stakeholders.",
          short: 'Write an annual progress report for key stakeholders',
        },
        {
          id: 'celebrate-milestones-8',
          text: 'Organize a recognition program to celebrate schools for achieving milestones such as implementing their first partnership activity, increasing attendance at activities, etc.',
          short: "Organize a recognition program for schools' milestones",
        },
        {
          id: 'celebrate-milestones-9',
          text: 'Create a video of selected partnership activities to share with the school board, principals, community groups, district parent advisory council, and others.',
          short: 'Create a video of partnership activities to share',
        },
        {
          id: 'celebrate-milestones-10',
          text: 'Assist schools to recognize and thank partnership leaders in their schools.',
          short: 'Help schools thank their partnership leaders',
        },
      ],
    },
    {
      id: 'document-progress',
      title: 'Document Progress and Evaluate Outcomes',
      writeInPrompt: 'Other district activities to document progress and evaluate outcomes',
      description:
        'Collect information to document activities and to assess progress in meeting district FSCP goals, and assist each school to document and evaluate progress in implementing their Unified Improvement Plans.',
      activities: [
        {
          id: 'document-progress-1',
          text: 'Provide schools with a recordkeeping system to document and save records of the work of the SAC.',
          short: 'Provide schools a recordkeeping system for SAC work',
        },
        {
          id: 'document-progress-2',
          text: "Collect schools' Unified Improvement Plans each year and use them to check schools' progress regularly.",
          short: "Collect schools' UIPs yearly; check progress regularly",
        },
        {
          id: 'document-progress-3',
          text: 'Establish a quarterly or monthly recordkeeping system for the district facilitator(s) to document visits to schools and technical assistance that is provided or requested.',
          short: "Keep quarterly or monthly records of facilitators' visits",
        },
        {
          id: 'document-progress-4',
          text: 'Evaluate the district partnership program annually on established indicators.',
          short: 'Evaluate the district program annually on established indicators',
        },
        {
          id: 'document-progress-5',
          text: 'Encourage schools to complete an annual school survey (e.g., CDE Partnership Survey) to assess the quality of their family partnership initiatives.',
          short: 'Encourage schools to complete an annual partnership survey',
        },
        {
          id: 'document-progress-6',
          text: "Complete an annual district survey to assess the quality of the district's partnership program.",
          short: 'Complete an annual district survey on program quality',
        },
      ],
    },
  ],
  translations: { es: DISTRICT_INVENTORY_SPANISH },
};

import { STATE_INVENTORY_SPANISH } from './stateInventorySpanish.js';
import type { ActivityList } from './types.js';

/**
 * What a Leadership Plan for Partnerships includes, in the words of seed 004
 * ("Include goals, strategies, activities, timelines, people responsible,
 * budgets, and other resources."): the shape of the plan a pair can export.
 */
export const LEADERSHIP_PLAN_PARTS: readonly string[] = [
  'goals',
  'strategies',
  'activities',
  'timelines',
  'people responsible',
  'budgets',
  'other resources',
];

/**
 * "States Lead and Succeed: An Inventory for Leadership on Partnerships"
 * (Epstein; seed 004): 47 state-level activities in six strategies, marked
 * ✓ now or ★ future, with write-in lines per strategy.
 */
export const STATE_INVENTORY: ActivityList = {
  id: 'state-inventory',
  title: 'States Lead and Succeed: An Inventory for Leadership on Partnerships',
  source:
    'Joyce L. Epstein, “States Lead and Succeed: An Inventory for Leadership on Partnerships.” Online resources: CD material referenced on this page can also be downloaded from resources.corwin.com/PartnershipsHandbook.',
  directions: [
    'State leaders for partnerships are working (1) to improve state policies and actions and (2) to encourage and guide districts in developing leadership on partnerships so that they can help all schools implement effective programs of family and community involvement. To reach these goals, state leaders must write and implement an annual Leadership Plan for Partnerships.',
    'This inventory is organized around six leadership strategies: create awareness, align program and policy, guide learning and program development, share knowledge, celebrate milestones, and document progress and evaluate outcomes. The inventory outlines over 40 activities that state leaders may select for statewide initiatives on school, family, and community partnerships. The activities are based on analyses of data from state leaders in the National Network of Partnership Schools (NNPS) over many years.',
    'State leaders are not expected to implement all of the activities listed. They should, however, consider which ones to include or adapt in their plans to increase the quality of partnership programs at the state, district, and school levels.',
    'Check (✓) all activities that your office or colleagues at the state department of education conduct now.',
    "Star (★) the activities that you want to initiate in the future, as you develop your state's leadership on partnerships.",
    'Add other activities that you conduct now or plan to conduct that are not listed in each section.',
    "Use this information to write your office's Leadership Plan for Partnerships (p. 276 and Handbook CD).",
  ],
  mode: 'inventory',
  rules: { minPerStrategy: 0, maxTotal: null, minutes: null },
  writeIns: true,
  hasStrategies: true,
  strategies: [
    {
      id: 'create-awareness',
      title: 'Create awareness',
      writeInPrompt: 'Other state activities to create awareness',
      description:
        "Actively promote the state's partnership program to all key stakeholders, including administrators, teachers, families, and community groups.",
      activities: [
        {
          id: 'create-awareness-1',
          text: "Identify colleagues who work on partnerships across offices at the state department of education. Convene periodic meetings of this interdepartmental group to discuss their various activities and the state's partnership agenda.",
          short: 'Convene colleagues across state offices working on partnerships',
        },
        {
          id: 'create-awareness-2',
          text: "Convene periodic one-on-one meetings with the state superintendent (designee or supervisor) to discuss goals for the state's partnership programs, initiatives, and progress.",
          short: 'Meet periodically with the state superintendent on goals',
        },
        {
          id: 'create-awareness-3',
          text: "Conduct presentations to promote the state's partnership program for the state board of education, councils, committees, conferences, and other key leadership groups.",
          short: 'Present the program to the state board and leadership groups',
        },
        {
          id: 'create-awareness-4',
          text: 'Conduct awareness sessions for district superintendents and district leaders for partnerships, discussing the assistance that the state will provide to districts and schools.',
          short: 'Hold awareness sessions for district superintendents and leaders',
        },
        {
          id: 'create-awareness-5',
          text: "Post information on the state's website and other social media platforms about state policies, recommendations, leaders, and actions for partnerships.",
          short: 'Post partnership information online and on social media',
        },
        {
          id: 'create-awareness-6',
          text: "Identify districts that will participate in the state's partnership initiative.",
          short: 'Identify districts to join the partnership initiative',
        },
        {
          id: 'create-awareness-7',
          text: 'Attend professional development conferences with state colleagues and/or selected district leaders to gain knowledge and skills on partnership program development.',
          short: 'Attend partnership conferences with colleagues and district leaders',
        },
        {
          id: 'create-awareness-8',
          text: 'Develop collaborative projects with business, industry, and community groups.',
          short: 'Develop projects with business, industry, and community groups',
        },
        {
          id: 'create-awareness-9',
          text: "Disseminate press releases, periodically, on the state's accomplishments on partnerships.",
          short: 'Send periodic press releases on state accomplishments',
        },
      ],
    },
    {
      id: 'align-program-policy',
      title: 'Align program and policy',
      writeInPrompt: 'Other state activities to align program and policies',
      description:
        'With support from state leaders, integrate the partnership program with other state policies, requirements, and procedures.',
      activities: [
        {
          id: 'align-program-policy-1',
          text: "Review, develop, or update the state's policy on school, family, and community partnerships.",
          short: 'Develop, review, or update the state partnership policy',
        },
        {
          id: 'align-program-policy-2',
          text: 'Identify a budget and other resources to implement the state partnership program.',
          short: 'Identify a budget and resources for the program',
        },
        {
          id: 'align-program-policy-3',
          text: 'Write an annual state Leadership Plan for Partnerships with a detailed schedule of state-level actions and activities to encourage districts and schools on partnerships. Include goals, strategies, activities, timelines, people responsible, budgets, and other resources.',
          short: 'Write an annual state Leadership Plan for Partnerships',
        },
        {
          id: 'align-program-policy-4',
          text: "Obtain approval and support from the state superintendent to inform and encourage districts and schools to strengthen research-based programs of family and community involvement linked to the state's policy and goals for school improvement.",
          short: 'Get state superintendent support for research-based programs',
        },
        {
          id: 'align-program-policy-5',
          text: 'Obtain approval for districts and schools to include plans for partnerships as official sections of or appendices to their annual School Improvement Plans.',
          short: 'Get approval to add partnership plans to School Improvement Plans',
        },
        {
          id: 'align-program-policy-6',
          text: 'Develop a broad three- to five-year plan of state goals for partnerships and for how your office will scale up outreach on partnerships to include more districts and their schools over time.',
          short: 'Develop a three-to-five-year plan to reach more districts',
        },
        {
          id: 'align-program-policy-7',
          text: 'Establish a state advisory council or advisory group on state policies and practices for increasing and improving meaningful family and community involvement for student success.',
          short: 'Establish a state advisory council on family involvement',
        },
      ],
    },
    {
      id: 'guide-learning',
      title: 'Guide learning and program development',
      writeInPrompt: 'Other state activities to guide learning and program development',
      description:
        'Organize, conduct, or support professional development activities to assist state colleagues, district leaders, and schools to develop and strengthen their partnership programs.',
      activities: [
        {
          id: 'guide-learning-1',
          text: 'Conduct or support periodic two-day training workshops for district leaders for partnerships who are ready to guide their schools in developing comprehensive partnership programs.',
          short: 'Support two-day training workshops for district leaders',
        },
        {
          id: 'guide-learning-2',
          text: "With district leaders, conduct or support periodic One-Day Team Training Workshops for schools' Action Teams for Partnerships (ATPs) on developing effective programs linked to school goals for student success.",
          short: "Support One-Day Team Training Workshops for schools' ATPs",
        },
        {
          id: 'guide-learning-3',
          text: 'Convene regularly scheduled meetings for district (or regional) leaders for partnerships to share ideas and experiences and to update knowledge on partnership topics.',
          short: 'Meet regularly with district leaders to share and learn',
        },
        {
          id: 'guide-learning-4',
          text: 'Develop and implement professional development workshops for teachers and school staff on partnerships. These may be conducted online, in district offices, or in other locations.',
          short: 'Offer teachers and staff professional development on partnerships',
        },
        {
          id: 'guide-learning-5',
          text: 'Develop information and training opportunities for parents and for business and community leaders. These may be made available online, in district offices, or in other locations.',
          short: 'Develop training for parents and business and community leaders',
        },
        {
          id: 'guide-learning-6',
          text: 'Conduct annual state or regional conferences with workshops to help district leaders for partnerships and school teams share best practices and continue to increase knowledge and skills on partnerships.',
          short: 'Hold annual state or regional partnership conferences',
        },
        {
          id: 'guide-learning-7',
          text: 'Develop or identify and test useful tools and resources to guide districts and schools in aligning their partnership programs with academic and behavioral standards.',
          short: 'Develop and test tools to align programs with standards',
        },
        {
          id: 'guide-learning-8',
          text: 'Award small grants to districts and schools as incentives to build their partnership programs using research-based approaches.',
          short: 'Award small grants to build research-based programs',
        },
        {
          id: 'guide-learning-9',
          text: 'Work with colleges and universities to develop teaching and administrative courses or modules for professional learning to prepare future and practicing educators to conduct effective programs of family and community involvement.',
          short: 'Work with colleges on courses about family involvement',
        },
        {
          id: 'guide-learning-10',
          text: 'Establish a technical assistance center to provide services for districts and schools to improve learning and program development on family and community engagement.',
          short: 'Establish a technical assistance center on family engagement',
        },
      ],
    },
    {
      id: 'share-knowledge',
      title: 'Share knowledge',
      writeInPrompt: 'Other state activities to share knowledge',
      description:
        'Foster ongoing communications throughout the state department of education, with state partners, and with district leaders and their schools to increase knowledge about programs of school, family, and community partnerships.',
      activities: [
        {
          id: 'share-knowledge-1',
          text: 'Facilitate regularly scheduled meetings with state colleagues across departments working on family involvement issues (e.g., special education, ESOL/bilingual education, Title I) to share work and progress.',
          short: 'Meet regularly with colleagues across departments on family involvement',
        },
        {
          id: 'share-knowledge-2',
          text: 'Coordinate SEA actions on federal (Title I) requirements for parental involvement, and guide districts to meet requirements for involvement in Section 1116 and other parts of the law.',
          short: 'Coordinate Title I parental involvement requirements and guide districts',
        },
        {
          id: 'share-knowledge-3',
          text: 'Disseminate a monthly e-mail or other e-communication to state colleagues and district leaders for partnerships with useful information, new research findings, upcoming events, and highlights of work across the state on partnerships.',
          short: 'Send a monthly e-mail on partnership news and research',
        },
        {
          id: 'share-knowledge-4',
          text: 'Guide districts across the state to share information about innovative and effective district-level and school-based partnership activities throughout the school year, including at state conferences.',
          short: 'Guide districts to share their effective partnership activities',
        },
        {
          id: 'share-knowledge-5',
          text: "Develop and maintain an informative website on the state's programs and actions on school, family, and community partnerships.",
          short: 'Maintain an informative website on state partnership programs',
        },
        {
          id: 'share-knowledge-6',
          text: "Work with business and industry to create flexible leave policies so that parents can volunteer and/or attend parent-teacher conferences at their children's schools.",
          short: 'Work with employers on flexible leave for parents',
        },
      ],
    },
    {
      id: 'celebrate-milestones',
      title: 'Celebrate milestones',
      writeInPrompt: 'Other state activities to celebrate milestones',
      description:
        'Recognize state, district, and school successes in partnership programs and practices, and disseminate information on the successes.',
      activities: [
        {
          id: 'celebrate-milestones-1',
          text: "Write an annual progress report on the state's partnership program to share with the superintendent, state board, district leaders, and key stakeholders.",
          short: 'Write an annual progress report for key stakeholders',
        },
        {
          id: 'celebrate-milestones-2',
          text: 'Organize a recognition program to celebrate excellence in districts and schools on partnerships linked to school improvement goals. Spotlight these programs at the annual state conference on partnerships or at other meetings.',
          short: 'Recognize excellent district and school partnership programs',
        },
        {
          id: 'celebrate-milestones-3',
          text: 'Encourage district leaders to collect and disseminate best practices across their own schools.',
          short: 'Encourage districts to share best practices across schools',
        },
        {
          id: 'celebrate-milestones-4',
          text: 'Collect, edit, and disseminate (in print or online) promising partnership practices from the districts and schools in the state.',
          short: 'Collect and share promising practices from across the state',
        },
        {
          id: 'celebrate-milestones-5',
          text: "Create videos or CDs of especially successful partnership activities in districts and schools across the state for the state's website section on partnerships. Link to other webinars and presentations that will be helpful to districts and schools.",
          short: 'Create videos of successful partnership activities for the website',
        },
        {
          id: 'celebrate-milestones-6',
          text: 'Guide districts and schools to recognize and thank those who assist them in strengthening their partnership programs.',
          short: 'Guide districts and schools to thank those who help',
        },
        {
          id: 'celebrate-milestones-7',
          text: "Hold an appreciation breakfast or event for state partners who assist your office in implementing activities in the state's annual plan for partnerships.",
          short: "Hold an appreciation event for the state's partners",
        },
      ],
    },
    {
      id: 'document-progress',
      title: 'Document progress and evaluate outcomes',
      writeInPrompt: 'Other state activities to document progress and evaluate outcomes',
      description:
        "Collect information to document your office's activities and progress in meeting state goals for partnerships. Guide districts and schools to document and evaluate progress in their partnership plans and programs.",
      activities: [
        {
          id: 'document-progress-1',
          text: "Establish procedures and identify tools to evaluate the quality and results of the state's work on partnerships and the programs in districts and schools (including tools in this Handbook).",
          short: 'Establish procedures and tools to evaluate partnership work',
        },
        {
          id: 'document-progress-2',
          text: 'Collect district policies and annual district leadership plans for partnerships. Check these for compliance with federal and state requirements for district leadership and research-based approaches on partnerships.',
          short: 'Collect district policies and plans; check them for compliance',
        },
        {
          id: 'document-progress-3',
          text: 'Use evaluation tools to improve and sustain plans for partnerships from year to year.',
          short: 'Use evaluation tools to improve plans year to year',
        },
        {
          id: 'document-progress-4',
          text: "Guide districts to establish viable recordkeeping systems to document their work and their schools' work on partnerships.",
          short: 'Guide districts to set up recordkeeping systems',
        },
        {
          id: 'document-progress-5',
          text: 'Create, conduct, or sponsor periodic surveys of districts, schools, and parents to measure whether and how well programs of family and community engagement are aligned with state standards. Examine the quality of partnership programs, needed improvements, and services needed from your office.',
          short: 'Survey districts, schools, and parents on program quality',
        },
        {
          id: 'document-progress-6',
          text: 'Support research and evaluation to learn which structures, processes, and practices help districts improve leadership on partnerships and which practices enable schools to reach all families in ways that support student success.',
          short: 'Support research on practices that help districts and schools',
        },
        {
          id: 'document-progress-7',
          text: "Complete the annual state UPDATE survey (if part of NNPS) to assess the quality of the state's work on partnerships and ways to improve.",
          short: "Complete the state's annual NNPS UPDATE survey",
        },
        {
          id: 'document-progress-8',
          text: 'Guide districts and schools to complete the annual UPDATE survey (if they are part of NNPS) to assess the quality of their partnership programs and ways to improve.',
          short: 'Guide districts and schools to complete the UPDATE survey',
        },
      ],
    },
  ],
  translations: { es: STATE_INVENTORY_SPANISH },
};

import type { ActivityList } from './types.js';

/**
 * "District Leadership Roles for School, Family, and Community Partnerships"
 * (seed 002): a checklist of 12 numbered roles (one group, no write-ins).
 * The role number is the activity id's suffix (`roles-1` … `roles-12`).
 */
export const DISTRICT_LEADERSHIP_ROLES: ActivityList = {
  id: 'district-leadership-roles',
  title: 'District Leadership Roles for School, Family, and Community Partnerships',
  source: 'District Leadership Roles for School, Family, and Community Partnerships',
  directions: ['Conduct some or all of the following to strengthen district partnership programs:'],
  mode: 'inventory',
  rules: { minPerStrategy: 0, maxTotal: null, minutes: null },
  writeIns: false,
  hasStrategies: false,
  strategies: [
    {
      id: 'roles',
      title: 'District leadership roles',
      description: '',
      activities: [
        {
          id: 'roles-1',
          text: "WRITE A POLICY that identifies district goals for partnerships, recognizes the six types of involvement, and states the need for schools to take a team approach in developing site-based partnership programs that engage all families and community partners to improve the school climate and increase student success in school. Specify the district's commitments to assist schools in implementing the policy. Review and revise the policy periodically with parent input.",
          short: 'Write a policy on district goals for partnerships',
        },
        {
          id: 'roles-2',
          text: "ASSIGN A LEADER FOR PARTNERSHIPS to oversee and guide the district's work on family and community involvement and to facilitate all schools' work on partnerships. In large districts, the leader will require a staff of facilitators for partnerships. Research and fieldwork show that one facilitator can assist up to 30 schools' Action Teams for Partnerships (ATPs) in developing their partnership programs.",
          short: 'Assign a district leader for partnerships',
        },
        {
          id: 'roles-3',
          text: "WRITE A LEADERSHIP PLAN FOR PARTNERSHIPS that lists district-level activities and schedules direct assistance to each school's ATP. The facilitative activities should build the capacity of each ATP to conduct an effective site-based program of family and community engagement for student success in school.",
          short: 'Write a Leadership Plan for Partnerships',
        },
        {
          id: 'roles-4',
          text: "IDENTIFY A BUDGET WITH ADEQUATE FUNDS for staff salaries and program costs. This may include funds for workshops for schools' ATPs, small grants for school projects, strategies for sharing best practices, and other supportive activities.",
          short: 'Identify a budget with adequate funds',
        },
        {
          id: 'roles-5',
          text: "GUIDE EACH SCHOOL TO FORM AN ACTION TEAM FOR PARTNERSHIPS (ATP) consisting of teachers, parents, administrators, and others who will plan, implement, evaluate, and continually improve the school's partnership program. The ATP is an official school committee focused on productive family and community engagement aligned with school improvement goals for student learning and development.",
          short: 'Guide each school to form an Action Team (ATP)',
        },
        {
          id: 'roles-6',
          text: "PROVIDE INSERVICE EDUCATION for teachers, parents, and administrators, and conduct training workshops for schools' ATPs. Each ATP will write an annual One-Year Action Plan for Partnerships to involve all families in their children's education in ways that are linked to school improvement goals for student success. The district leader for partnerships plans the professional development sequence and ongoing technical assistance to ensure that all schools—preschools and elementary, middle, and high schools—have well-functioning teams and effective partnership programs.",
          short: 'Provide inservice education and training for ATPs',
        },
        {
          id: 'roles-7',
          text: 'CONDUCT AN END-OF-YEAR CELEBRATION WORKSHOP for ATPs to share best practices, discuss progress, solve challenges, and plan ahead. District leaders also should recognize excellent programs and practices.',
          short: 'Conduct an end-of-year celebration workshop',
        },
        {
          id: 'roles-8',
          text: 'DEVELOP OR SELECT TOOLS AND PRODUCTS that schools may use or adapt to improve their partnership programs.',
          short: 'Develop or select tools and products for schools',
        },
        {
          id: 'roles-9',
          text: "ESTABLISH A DISTRICT WEBSITE, E-LIBRARY, and/or other communications to disseminate tools and materials, results of research, and other information that will help schools' ATPs and others improve their partnership programs. Share information on partnerships with the public and media.",
          short: 'Establish a district website or e-library',
        },
        {
          id: 'roles-10',
          text: 'WORK WITH BUSINESSES AND OTHER COMMUNITY GROUPS AND ORGANIZATIONS on partnerships to improve the school curriculum and programs for students, to encourage family and community engagement, and to assist families and students with basic and enriching services.',
          short: 'Work with businesses and community groups',
        },
        {
          id: 'roles-11',
          text: "SUPPORT RESEARCH AND EVALUATION to learn which practices help schools produce specific results for students, parents, teachers, the school, and the community. Organize an accountability system to monitor and document all schools' progress on partnerships.",
          short: 'Support research, evaluation, and accountability',
        },
        {
          id: 'roles-12',
          text: 'CONDUCT OTHER DISTRICT LEADERSHIP ACTIVITIES to build strong and permanent programs of partnership at the district level and in all schools.',
          short: 'Conduct other district leadership activities',
        },
      ],
    },
  ],
};

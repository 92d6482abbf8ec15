import type { ListTranslation } from './types.js';

/**
 * "States Lead and Succeed" in Spanish (issue 18), in the words of
 * `ESSENTIAL_LIST_SPANISH`: "alianzas" for partnerships, "Plan de Liderazgo
 * para las Alianzas", "Equipos de Acción para las Alianzas (ATP)", the same
 * strategy titles, the directions speaking to the state's leaders. Each
 * strategy's own write-in prompt ("Otras actividades estatales para…") is
 * here, as the English has it. The citation keeps the English title of the
 * work and its web address. Keyed by the ids of `STATE_INVENTORY`; a test
 * checks every text is here.
 */
export const STATE_INVENTORY_SPANISH: ListTranslation = {
  title: 'Los estados lideran y triunfan: un inventario para el liderazgo en las alianzas',
  source:
    'De: Joyce L. Epstein, “States Lead and Succeed: An Inventory for Leadership on Partnerships.” Recursos en línea: el material del CD al que se refiere esta página también se puede descargar en resources.corwin.com/PartnershipsHandbook.',
  directions: [
    'Quienes lideran las alianzas en el estado trabajan (1) para mejorar las políticas y las acciones del estado y (2) para animar y guiar a los distritos a desarrollar su liderazgo en las alianzas, de modo que puedan ayudar a todas las escuelas a implementar programas eficaces de participación de la familia y la comunidad. Para alcanzar estas metas, los líderes estatales deben redactar e implementar un Plan de Liderazgo para las Alianzas cada año.',
    'Este inventario se organiza en torno a seis estrategias de liderazgo: crear conciencia, alinear el programa y las políticas, guiar el aprendizaje y el desarrollo del programa, compartir conocimientos, celebrar los logros, y documentar el progreso y evaluar los resultados. El inventario describe más de 40 actividades que los líderes estatales pueden elegir para iniciativas estatales de alianzas entre la escuela, la familia y la comunidad. Las actividades se basan en el análisis de datos de líderes estatales de la National Network of Partnership Schools (NNPS) durante muchos años.',
    'No se espera que los líderes estatales realicen todas las actividades de la lista. Sin embargo, deben considerar cuáles incluir o adaptar en sus planes para mejorar la calidad de los programas de alianzas a nivel del estado, del distrito y de la escuela.',
    'Marquen con ✓ todas las actividades que su oficina o sus colegas del departamento de educación del estado realizan ahora.',
    'Marquen con ★ las actividades que quieren empezar en el futuro, a medida que desarrollan el liderazgo de su estado en las alianzas.',
    'En cada sección, agreguen otras actividades que realizan ahora o que piensan realizar y que no aparecen en la lista.',
    'Usen esta información para redactar el Plan de Liderazgo para las Alianzas de su oficina (p. 276 y CD del Manual).',
  ],
  strategies: {
    'create-awareness': {
      title: 'Crear conciencia',
      description:
        'Promover activamente el programa de alianzas del estado entre todas las partes interesadas clave, como administradores, maestros, familias y grupos comunitarios.',
      writeInPrompt: 'Otras actividades estatales para crear conciencia',
    },
    'align-program-policy': {
      title: 'Alinear el programa y las políticas',
      description:
        'Con el apoyo de los líderes del estado, integrar el programa de alianzas con las demás políticas, requisitos y procedimientos del estado.',
      writeInPrompt: 'Otras actividades estatales para alinear el programa y las políticas',
    },
    'guide-learning': {
      title: 'Guiar el aprendizaje y el desarrollo del programa',
      description:
        'Organizar, realizar o apoyar actividades de desarrollo profesional para ayudar a los colegas del estado, a los líderes de los distritos y a las escuelas a desarrollar y fortalecer sus programas de alianzas.',
      writeInPrompt: 'Otras actividades estatales para guiar el aprendizaje y el desarrollo del programa',
    },
    'share-knowledge': {
      title: 'Compartir conocimientos',
      description:
        'Fomentar la comunicación continua en todo el departamento de educación del estado, con los socios del estado y con los líderes de los distritos y sus escuelas, para ampliar el conocimiento sobre los programas de alianzas entre la escuela, la familia y la comunidad.',
      writeInPrompt: 'Otras actividades estatales para compartir conocimientos',
    },
    'celebrate-milestones': {
      title: 'Celebrar los logros',
      description:
        'Reconocer los éxitos del estado, de los distritos y de las escuelas en los programas y las prácticas de alianzas, y difundir información sobre esos éxitos.',
      writeInPrompt: 'Otras actividades estatales para celebrar los logros',
    },
    'document-progress': {
      title: 'Documentar el progreso y evaluar los resultados',
      description:
        'Recopilar información para documentar las actividades de su oficina y su progreso hacia las metas del estado para las alianzas. Guiar a los distritos y a las escuelas para que documenten y evalúen el progreso de sus planes y programas de alianzas.',
      writeInPrompt: 'Otras actividades estatales para documentar el progreso y evaluar los resultados',
    },
  },
  activities: {
    'create-awareness-1': {
      text: 'Identificar a los colegas que trabajan en las alianzas en las distintas oficinas del departamento de educación del estado. Convocar reuniones periódicas de este grupo interdepartamental para conversar sobre sus actividades y la agenda de alianzas del estado.',
      short: 'Reunir a colegas de distintas oficinas que trabajan en alianzas',
    },
    'create-awareness-2': {
      text: 'Convocar reuniones individuales periódicas con el superintendente estatal (o la persona designada o supervisora) para conversar sobre las metas, las iniciativas y el progreso de los programas de alianzas del estado.',
      short: 'Reunirse periódicamente con el superintendente estatal sobre las metas',
    },
    'create-awareness-3': {
      text: 'Hacer presentaciones para promover el programa de alianzas del estado ante la junta estatal de educación, consejos, comités, conferencias y otros grupos clave de liderazgo.',
      short: 'Presentar el programa ante la junta estatal y otros grupos',
    },
    'create-awareness-4': {
      text: 'Realizar sesiones informativas para los superintendentes y los líderes de alianzas de los distritos, para conversar sobre la ayuda que el estado dará a los distritos y a las escuelas.',
      short: 'Realizar sesiones informativas para superintendentes y líderes de distrito',
    },
    'create-awareness-5': {
      text: 'Publicar información en el sitio web del estado y en otras redes sociales sobre las políticas, las recomendaciones, los líderes y las acciones del estado para las alianzas.',
      short: 'Publicar información sobre alianzas en la web y redes sociales',
    },
    'create-awareness-6': {
      text: 'Identificar los distritos que participarán en la iniciativa de alianzas del estado.',
      short: 'Identificar los distritos que participarán en la iniciativa',
    },
    'create-awareness-7': {
      text: 'Asistir a conferencias de desarrollo profesional con colegas del estado o con algunos líderes de distrito para adquirir conocimientos y habilidades sobre el desarrollo de programas de alianzas.',
      short: 'Asistir a conferencias con colegas y líderes de distrito',
    },
    'create-awareness-8': {
      text: 'Desarrollar proyectos de colaboración con empresas, industrias y grupos comunitarios.',
      short: 'Crear proyectos con empresas, industrias y grupos comunitarios',
    },
    'create-awareness-9': {
      text: 'Difundir periódicamente comunicados de prensa sobre los logros del estado en las alianzas.',
      short: 'Difundir periódicamente comunicados de prensa sobre los logros',
    },
    'align-program-policy-1': {
      text: 'Revisar, elaborar o actualizar la política del estado sobre las alianzas entre la escuela, la familia y la comunidad.',
      short: 'Revisar, elaborar o actualizar la política estatal de alianzas',
    },
    'align-program-policy-2': {
      text: 'Definir un presupuesto y otros recursos para implementar el programa de alianzas del estado.',
      short: 'Definir un presupuesto y recursos para el programa',
    },
    'align-program-policy-3': {
      text: 'Redactar cada año un Plan de Liderazgo para las Alianzas del estado con un calendario detallado de acciones y actividades a nivel estatal para animar a los distritos y a las escuelas en las alianzas. Incluyan metas, estrategias, actividades, calendarios, personas responsables, presupuestos y otros recursos.',
      short: 'Redactar cada año un Plan de Liderazgo para las Alianzas',
    },
    'align-program-policy-4': {
      text: 'Obtener la aprobación y el apoyo del superintendente estatal para informar y animar a los distritos y a las escuelas a fortalecer programas de participación de la familia y la comunidad basados en la investigación y vinculados a la política y las metas del estado para la mejora escolar.',
      short: 'Obtener apoyo del superintendente para programas basados en la investigación',
    },
    'align-program-policy-5': {
      text: 'Obtener la aprobación para que los distritos y las escuelas incluyan sus planes de alianzas como secciones oficiales o anexos de sus Planes anuales de Mejora Escolar.',
      short: 'Obtener aprobación para incluir alianzas en los Planes de Mejora',
    },
    'align-program-policy-6': {
      text: 'Elaborar un plan general de tres a cinco años con las metas del estado para las alianzas y con la manera en que su oficina ampliará su trabajo de alianzas para incluir, con el tiempo, a más distritos y sus escuelas.',
      short: 'Elaborar un plan plurianual para llegar a más distritos',
    },
    'align-program-policy-7': {
      text: 'Crear un consejo o grupo asesor estatal sobre las políticas y las prácticas del estado para aumentar y mejorar la participación significativa de la familia y la comunidad en favor del éxito de los estudiantes.',
      short: 'Crear un consejo asesor estatal sobre la participación familiar',
    },
    'guide-learning-1': {
      text: 'Realizar o apoyar periódicamente talleres de capacitación de dos días para los líderes de alianzas de los distritos que estén listos para guiar a sus escuelas en el desarrollo de programas integrales de alianzas.',
      short: 'Apoyar talleres de dos días para líderes de distrito',
    },
    'guide-learning-2': {
      text: 'Con los líderes de los distritos, realizar o apoyar periódicamente Talleres de Capacitación de un Día para los Equipos de Acción para las Alianzas (ATP) de las escuelas, sobre cómo desarrollar programas eficaces vinculados a las metas de la escuela para el éxito de los estudiantes.',
      short: 'Apoyar Talleres de Capacitación de un Día para los ATP',
    },
    'guide-learning-3': {
      text: 'Convocar reuniones periódicas para los líderes de alianzas de los distritos (o de las regiones), para compartir ideas y experiencias y actualizar sus conocimientos sobre temas de alianzas.',
      short: 'Reunir periódicamente a líderes de distrito para compartir ideas',
    },
    'guide-learning-4': {
      text: 'Elaborar e implementar talleres de desarrollo profesional sobre las alianzas para maestros y personal escolar. Pueden realizarse en línea, en las oficinas del distrito o en otros lugares.',
      short: 'Ofrecer desarrollo profesional sobre alianzas a maestros y personal',
    },
    'guide-learning-5': {
      text: 'Crear información y oportunidades de capacitación para padres y para líderes empresariales y comunitarios. Pueden ofrecerse en línea, en las oficinas del distrito o en otros lugares.',
      short: 'Crear capacitación para padres y líderes empresariales y comunitarios',
    },
    'guide-learning-6': {
      text: 'Realizar conferencias estatales o regionales anuales con talleres para ayudar a los líderes de alianzas de los distritos y a los equipos escolares a compartir buenas prácticas y seguir ampliando sus conocimientos y habilidades sobre las alianzas.',
      short: 'Realizar conferencias anuales estatales o regionales sobre alianzas',
    },
    'guide-learning-7': {
      text: 'Crear o identificar y poner a prueba herramientas y recursos útiles para guiar a los distritos y a las escuelas a alinear sus programas de alianzas con los estándares académicos y de conducta.',
      short: 'Crear y probar herramientas para alinear programas con los estándares',
    },
    'guide-learning-8': {
      text: 'Otorgar pequeñas subvenciones a distritos y escuelas como incentivo para desarrollar sus programas de alianzas con enfoques basados en la investigación.',
      short: 'Otorgar pequeñas subvenciones para programas basados en la investigación',
    },
    'guide-learning-9': {
      text: 'Trabajar con colegios universitarios y universidades para crear cursos o módulos de formación profesional, de docencia y de administración, que preparen a educadores futuros y en ejercicio para llevar a cabo programas eficaces de participación de la familia y la comunidad.',
      short: 'Trabajar con universidades en cursos sobre participación familiar',
    },
    'guide-learning-10': {
      text: 'Crear un centro de asistencia técnica que preste servicios a los distritos y a las escuelas para mejorar el aprendizaje y el desarrollo de programas de participación de la familia y la comunidad.',
      short: 'Crear un centro de asistencia técnica sobre participación familiar',
    },
    'share-knowledge-1': {
      text: 'Facilitar reuniones periódicas con colegas del estado de distintos departamentos que trabajan en temas de participación de la familia (por ejemplo, educación especial, ESOL/educación bilingüe, Título I) para compartir su trabajo y su progreso.',
      short: 'Reunirse con colegas de distintos departamentos sobre participación familiar',
    },
    'share-knowledge-2': {
      text: 'Coordinar las acciones de la agencia educativa estatal (SEA) sobre los requisitos federales (Título I) de participación de los padres, y guiar a los distritos para que cumplan los requisitos de participación de la Sección 1116 y de otras partes de la ley.',
      short: 'Coordinar los requisitos del Título I; guiar a los distritos',
    },
    'share-knowledge-3': {
      text: 'Difundir un correo electrónico mensual u otra comunicación electrónica para los colegas del estado y los líderes de alianzas de los distritos, con información útil, nuevos resultados de investigaciones, próximos eventos y ejemplos destacados del trabajo en alianzas en todo el estado.',
      short: 'Difundir un correo mensual con noticias e investigaciones',
    },
    'share-knowledge-4': {
      text: 'Guiar a los distritos de todo el estado para que compartan durante el año escolar información sobre actividades de alianzas innovadoras y eficaces, del distrito y de las escuelas, también en las conferencias estatales.',
      short: 'Guiar a los distritos para que compartan actividades eficaces',
    },
    'share-knowledge-5': {
      text: 'Crear y mantener un sitio web informativo sobre los programas y las acciones del estado en las alianzas entre la escuela, la familia y la comunidad.',
      short: 'Crear y mantener un sitio web informativo sobre alianzas',
    },
    'share-knowledge-6': {
      text: 'Trabajar con empresas e industrias para crear políticas de permisos flexibles, de modo que los padres puedan ser voluntarios o asistir a las reuniones de padres y maestros en las escuelas de sus hijos.',
      short: 'Trabajar con empresas en permisos flexibles para los padres',
    },
    'celebrate-milestones-1': {
      text: 'Redactar un informe anual de progreso del programa de alianzas del estado para compartirlo con el superintendente, la junta estatal, los líderes de los distritos y las partes interesadas clave.',
      short: 'Redactar un informe anual de progreso para las partes interesadas',
    },
    'celebrate-milestones-2': {
      text: 'Organizar un programa de reconocimiento para celebrar la excelencia de distritos y escuelas en alianzas vinculadas a las metas de mejora escolar. Destacar estos programas en la conferencia estatal anual sobre alianzas o en otras reuniones.',
      short: 'Reconocer la excelencia de distritos y escuelas en alianzas',
    },
    'celebrate-milestones-3': {
      text: 'Animar a los líderes de los distritos a recopilar y difundir buenas prácticas entre sus propias escuelas.',
      short: 'Animar a los distritos a compartir buenas prácticas entre escuelas',
    },
    'celebrate-milestones-4': {
      text: 'Recopilar, editar y difundir (impresas o en línea) prácticas de alianzas prometedoras de los distritos y las escuelas del estado.',
      short: 'Recopilar y difundir prácticas prometedoras de todo el estado',
    },
    'celebrate-milestones-5': {
      text: 'Crear videos o CD de actividades de alianzas especialmente exitosas de distritos y escuelas de todo el estado para la sección sobre alianzas del sitio web del estado. Enlazar otros seminarios web y presentaciones que sean útiles para los distritos y las escuelas.',
      short: 'Crear videos de actividades exitosas para el sitio web',
    },
    'celebrate-milestones-6': {
      text: 'Guiar a los distritos y a las escuelas para que reconozcan y agradezcan a quienes les ayudan a fortalecer sus programas de alianzas.',
      short: 'Guiar a distritos y escuelas para que agradezcan la ayuda',
    },
    'celebrate-milestones-7': {
      text: 'Ofrecer un desayuno o un evento de agradecimiento para los socios del estado que ayudan a su oficina a realizar las actividades del plan anual de alianzas del estado.',
      short: 'Ofrecer un evento de agradecimiento a los socios del estado',
    },
    'document-progress-1': {
      text: 'Establecer procedimientos e identificar herramientas para evaluar la calidad y los resultados del trabajo del estado en las alianzas y de los programas de los distritos y las escuelas (incluidas las herramientas de este Manual).',
      short: 'Establecer procedimientos y herramientas para evaluar las alianzas',
    },
    'document-progress-2': {
      text: 'Recopilar las políticas de los distritos y sus planes anuales de liderazgo para las alianzas. Revisar que cumplan los requisitos federales y estatales de liderazgo del distrito y los enfoques de alianzas basados en la investigación.',
      short: 'Recopilar políticas y planes distritales; revisar su cumplimiento',
    },
    'document-progress-3': {
      text: 'Usar herramientas de evaluación para mejorar y sostener año tras año los planes de alianzas.',
      short: 'Usar herramientas de evaluación para mejorar planes año tras año',
    },
    'document-progress-4': {
      text: 'Guiar a los distritos para que establezcan sistemas de registro viables para documentar su trabajo en las alianzas y el de sus escuelas.',
      short: 'Guiar a los distritos para que establezcan sistemas de registro',
    },
    'document-progress-5': {
      text: 'Crear, realizar o patrocinar encuestas periódicas a distritos, escuelas y padres para medir si los programas de participación de la familia y la comunidad se alinean con los estándares del estado, y en qué medida. Examinar la calidad de los programas de alianzas, las mejoras necesarias y los servicios que se necesitan de su oficina.',
      short: 'Encuestar a distritos, escuelas y padres sobre los programas',
    },
    'document-progress-6': {
      text: 'Apoyar la investigación y la evaluación para saber qué estructuras, procesos y prácticas ayudan a los distritos a mejorar su liderazgo en las alianzas, y qué prácticas permiten a las escuelas llegar a todas las familias de maneras que apoyen el éxito de los estudiantes.',
      short: 'Apoyar investigaciones sobre prácticas que ayudan a distritos y escuelas',
    },
    'document-progress-7': {
      text: 'Completar la encuesta anual UPDATE del estado (si forman parte de la NNPS) para evaluar la calidad del trabajo del estado en las alianzas y las maneras de mejorarlo.',
      short: 'Completar la encuesta anual UPDATE del estado',
    },
    'document-progress-8': {
      text: 'Guiar a los distritos y a las escuelas para que completen la encuesta anual UPDATE (si forman parte de la NNPS) para evaluar la calidad de sus programas de alianzas y las maneras de mejorarlos.',
      short: 'Guiar a distritos y escuelas a completar la encuesta UPDATE',
    },
  },
};

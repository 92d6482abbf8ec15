import type { ActivityTranslation, ListTranslation } from './types.js';

/**
 * The Essential List 2020-21 in Spanish, in the words US school
 * family-engagement programs use: "alianzas" for partnerships, "Equipo de
 * Acción para las Alianzas (ATP)" (the acronym kept, as in NNPS materials),
 * "participación de la familia y la comunidad", "Plan de Liderazgo para las
 * Alianzas". Directions and prompts speak to the pair ("ustedes"). The
 * citation keeps the English titles of the works it cites. Keyed by the ids
 * of `ESSENTIAL_LIST_2020_21`; a test checks every text is here. Each
 * activity has its own short label for the projector and the dashboard
 * (issue 15), written from the Spanish text, not cut from it.
 */
export const ESSENTIAL_LIST_SPANISH: Omit<ListTranslation, 'activities'> & { readonly activities: Readonly<Record<string, ActivityTranslation>> } = {
  title: 'Lista de lo más esencial 2020-21',
  subtitle: 'Actividad 2 en pareja por ZOOM · Exploren estrategias de liderazgo y facilitación',
  source:
    'De: Jansorn, N. R., y Epstein, J. L. (2019) “Lead and Succeed: An Inventory of District Leadership and Facilitation Strategies for Partnerships.” En Epstein, J. L., et al., School, family, and community partnerships: Your Handbook for Action, 4.ª edición, capítulo 7. Thousand Oaks, CA: Corwin Press. Vea el inventario completo en la carpeta de recursos de su taller.',
  directions: [
    'Esta es una LISTA DE LO MÁS ESENCIAL de actividades para el año escolar 2020-21. Quien dirige las alianzas en el distrito debe elegir qué actividades son las más importantes en su localidad, para sus escuelas, sus estudiantes y sus familias.',
    'Elijan y marquen al menos UNA actividad para cada estrategia de liderazgo.',
    'Seleccionen NO MÁS DE 14 actividades EN TOTAL.',
    'Tendrán unos 20 minutos para llegar a un consenso sobre un plan propuesto.',
    'Al final de esta actividad escucharemos las ideas de las parejas de ZOOM.',
  ],
  promptsJoin: 'Y',
  prompts: [
    '¿Qué actividades les ayudarán a fortalecer su liderazgo a nivel del distrito?',
    '¿Qué actividades les ayudarán a mejorar los programas de alianzas de las escuelas y el trabajo de los Equipos de Acción para las Alianzas (ATP)?',
  ],
  strategies: {
    'create-awareness': {
      title: 'Crear conciencia',
      description:
        'Promover activamente el programa de alianzas entre las partes interesadas clave, como maestros, administradores, familias y grupos comunitarios.',
    },
    'align-program-policy': {
      title: 'Alinear el programa y las políticas',
      description:
        'Con el apoyo de los líderes del distrito, integrar el programa de alianzas con las políticas, los requisitos y los procedimientos del distrito.',
    },
    'guide-learning': {
      title: 'Guiar el aprendizaje y el desarrollo del programa',
      description:
        'Organizar y realizar actividades de desarrollo profesional para ayudar a las escuelas a desarrollar sus programas de alianzas.',
    },
    'share-knowledge': {
      title: 'Compartir conocimientos',
      description:
        'Fomentar la comunicación continua en todo el distrito para ampliar el conocimiento sobre los programas de alianzas entre la escuela, la familia y la comunidad.',
    },
    'celebrate-milestones': {
      title: 'Celebrar los logros',
      description:
        'Reconocer los éxitos de las escuelas y del distrito en los programas y las prácticas de alianzas, y difundirlos ampliamente.',
    },
    'document-progress': {
      title: 'Documentar el progreso y evaluar los resultados',
      description:
        'Recopilar información para documentar las actividades y evaluar el progreso hacia las metas del programa del distrito, y ayudar a cada ATP a documentar y evaluar su progreso en la implementación de sus planes de acción para las alianzas.',
    },
  },
  activities: {
    'create-awareness-1': {
      text: 'Convocar una reunión individual con el superintendente del distrito para hablar de las metas del programa de alianzas.',
      short: 'Reunirse individualmente con el superintendente sobre las metas',
    },
    'create-awareness-2': {
      text: 'Realizar sesiones informativas sobre el programa de alianzas para los directores de escuela, con información sobre la ayuda que su oficina brindará a los Equipos de Acción para las Alianzas (ATP) de todas las escuelas.',
      short: 'Realizar sesiones informativas sobre el programa para directores',
    },
    'create-awareness-3': {
      text: 'Anunciar el programa de alianzas del distrito en el sitio web del distrito.',
      short: 'Anunciar el programa en el sitio web del distrito',
    },
    'create-awareness-4': {
      text: 'Reunirse individualmente con cada director o directora de escuela al comienzo del año escolar para aclarar el trabajo del facilitador o los facilitadores del distrito y cómo apoyará la dirección de la escuela al ATP y al programa de alianzas.',
      short: 'Aclarar funciones con cada director al inicio del año',
    },
    'align-program-policy-1': {
      text: 'Asegurar que la política del distrito sobre las alianzas haga referencia a las actividades de liderazgo a nivel del distrito y a la asistencia directa para ayudar a todas las escuelas a desarrollar sus programas de alianzas con actividades de participación vinculadas a metas.',
      short: 'Asegurar que la política incluya liderazgo y apoyo a escuelas',
    },
    'align-program-policy-2': {
      text: 'Redactar un Plan de Liderazgo para las Alianzas que incluya acciones a nivel del distrito y la facilitación directa de los ATP de las escuelas.',
      short: 'Redactar un Plan de Liderazgo para las Alianzas',
    },
    'align-program-policy-3': {
      text: 'Obtener la aprobación y el apoyo del superintendente para que las escuelas establezcan sus ATP y vinculen sus Planes de Acción para las Alianzas con las metas de sus planes de mejoramiento escolar.',
      short: 'Lograr que el superintendente apruebe los ATP y sus planes',
    },
    'align-program-policy-4': {
      text: 'Informar al superintendente y a la junta escolar sobre cómo el Plan de Liderazgo para las Alianzas del distrito refleja la política del distrito sobre la participación de la familia y la comunidad.',
      short: 'Explicar a los líderes cómo el plan refleja la política',
    },
    'guide-learning-1': {
      text: 'Ayudar a las escuelas con los primeros pasos para comenzar un programa de alianzas (p. ej., identificar a los integrantes del ATP, organizar un taller de capacitación para el equipo).',
      short: 'Ayudar a las escuelas con los primeros pasos',
    },
    'guide-learning-2': {
      text: 'Realizar un Taller de Capacitación de Equipos de Un Día para los ATP de todas las escuelas participantes, con la información básica sobre el marco de los seis tipos de participación, cómo superar los retos para lograr la participación de todas las familias, cómo vincular las actividades de participación con las metas de resultados académicos y de conducta de los estudiantes, cómo lograr que el equipo funcione bien y cómo redactar un buen Plan de Acción Anual para las Alianzas. (Vea los capítulos 4 y 5 y el CD del Manual como guía para este taller).',
      short: 'Realizar el Taller de Capacitación de Un Día',
    },
    'guide-learning-3': {
      text: 'Comunicarse o reunirse con los líderes y los integrantes del ATP de cada escuela participante al menos una vez al mes.',
      short: 'Comunicarse o reunirse mensualmente con cada ATP',
    },
    'guide-learning-4': {
      text: 'Preparar y ofrecer talleres y presentaciones de desarrollo profesional sobre las alianzas para todos los maestros y el personal escolar.',
      short: 'Ofrecer desarrollo profesional sobre alianzas a maestros y personal',
    },
    'guide-learning-5': {
      text: 'Otorgar pequeñas subvenciones a las escuelas como incentivo para fortalecer sus programas de alianzas con enfoques basados en la investigación.',
      short: 'Otorgar pequeñas subvenciones para programas basados en la investigación',
    },
    'share-knowledge-1': {
      text: 'Compartir los avances del programa de alianzas del distrito con el superintendente, la junta escolar, los directores de escuela y otras personas en puestos de liderazgo.',
      short: 'Compartir avances con el superintendente, la junta y los directores',
    },
    'share-knowledge-2': {
      text: 'Difundir un boletín u otro comunicado con información, eventos y aspectos destacados de los programas de alianzas del distrito y de las escuelas.',
      short: 'Difundir un boletín con noticias de las alianzas',
    },
    'share-knowledge-3': {
      text: 'Publicar en Twitter, escribir en un blog, subir fotos a Instagram, publicar en Facebook o usar otras redes sociales para generar entusiasmo y conocimiento sobre las actividades de alianzas en todo el distrito.',
      short: 'Usar las redes sociales para generar entusiasmo por las alianzas',
    },
    'share-knowledge-4': {
      text: 'Facilitar reuniones periódicas con otros departamentos del distrito que trabajan en temas de participación familiar (p. ej., educación especial, educación bilingüe, Título I).',
      short: 'Reunirse periódicamente con otros departamentos sobre participación familiar',
    },
    'celebrate-milestones-1': {
      text: 'Organizar una celebración de fin de año para los ATP de todas las escuelas, para compartir las mejores prácticas, resolver retos y redactar el siguiente Plan de Acción Anual para las Alianzas.',
      short: 'Organizar una celebración de fin de año para los ATP',
    },
    'celebrate-milestones-2': {
      text: 'Editar y distribuir, impresa o en formato electrónico, una colección de prácticas de alianzas prometedoras de cada escuela.',
      short: 'Editar y difundir una colección de prácticas prometedoras',
    },
    'celebrate-milestones-3': {
      text: 'Organizar un programa de reconocimiento para celebrar a las escuelas que alcancen logros como realizar su primera actividad de participación de la familia y la comunidad, aumentar la asistencia a las actividades o vincular las actividades con metas de aprendizaje específicas para los estudiantes.',
      short: 'Organizar un programa que reconozca los logros de las escuelas',
    },
    'celebrate-milestones-4': {
      text: 'Ayudar a los ATP a reconocer y agradecer a los voluntarios y a quienes apoyan a sus escuelas.',
      short: 'Ayudar a los ATP a agradecer a voluntarios y colaboradores',
    },
    'document-progress-1': {
      text: 'Proporcionar a las escuelas un sistema electrónico de registro, fácil de usar, para documentar y guardar los planes y las actividades de sus ATP.',
      short: 'Dar a las escuelas un sistema electrónico de registro sencillo',
    },
    'document-progress-2': {
      text: 'Recopilar cada año los Planes de Acción Anuales para las Alianzas de las escuelas y usarlos para revisar mensualmente el progreso de las escuelas.',
      short: 'Recopilar los Planes de Acción; revisar el progreso cada mes',
    },
    'document-progress-3': {
      text: 'Establecer un sistema de registro trimestral o mensual para que el facilitador o los facilitadores del distrito documenten sus visitas a las escuelas y la asistencia técnica que se brinda o se solicita.',
      short: 'Registrar trimestral o mensualmente las visitas del facilitador',
    },
    'document-progress-4': {
      text: 'Ayudar a los ATP de las escuelas a usar herramientas de evaluación sencillas, como la Evaluación Anual de Actividades (págs. 348-359 y el CD del Manual) y la Revisión Anual de los Procesos del Equipo (pág. 112 y el CD), para mejorar continuamente sus programas de alianzas.',
      short: 'Ayudar a los ATP a usar herramientas de evaluación sencillas',
    },
  },
};

import type { ListTranslation } from './types.js';

/**
 * The District Facilitation Inventory for Partnering in Spanish (issue 18),
 * in the words of `ESSENTIAL_LIST_SPANISH`: "alianzas" for partnerships, the
 * same strategy titles, the directions speaking to the district's leaders
 * ("su distrito"). Acronyms are kept as the district uses them, expanded once
 * in Spanish: FSCP (alianzas entre la familia, la escuela y la comunidad),
 * SAC, UIP, PTA. Each strategy's own write-in prompt ("Otras actividades del
 * distrito para…") is here, as the English has it. The citation keeps the
 * English title of the document. Keyed by the ids of `DISTRICT_INVENTORY`; a
 * test checks every text is here.
 */
export const DISTRICT_INVENTORY_SPANISH: ListTranslation = {
  title: 'Inventario de facilitación del distrito para las alianzas',
  subtitle: 'Apoyo a las alianzas entre la familia, la escuela y la comunidad',
  source:
    'De: District Facilitation Inventory for Partnering: Supporting Family-School-Community Partnerships. National Network of Partnership Schools, Universidad Johns Hopkins.',
  directions: [
    'Este inventario se organiza en torno a seis estrategias de liderazgo: alinear el programa y las políticas, crear conciencia, guiar el aprendizaje y el desarrollo del programa, compartir conocimientos, celebrar los logros, y documentar el progreso y evaluar los resultados. El inventario describe actividades que quienes facilitan las alianzas a nivel del distrito pueden elegir para llevar a cabo un programa de alianzas entre la familia, la escuela y la comunidad (FSCP, por sus siglas en inglés) en todo el distrito.',
    'Las estrategias y actividades del inventario se basan en los resultados de investigaciones sobre el desarrollo de los programas de alianzas de los distritos y en ejemplos que líderes de distrito han compartido con la National Network of Partnership Schools de la Universidad Johns Hopkins.',
    'Marquen con ✓ todas las actividades que su distrito realiza actualmente.',
    'Marquen con ☆ las actividades que quieren empezar en el futuro, a medida que desarrollan el programa de su distrito.',
    'Al final de cada sección, agreguen otras actividades que realizan ahora o que piensan realizar y que no aparecen en la lista.',
  ],
  strategies: {
    'align-program-policy': {
      title: 'Alinear el programa y las políticas',
      description: 'Integrar las iniciativas FSCP de su distrito con las políticas, los requisitos y los procedimientos del distrito.',
      writeInPrompt: 'Otras actividades del distrito para alinear el programa y las políticas',
    },
    'create-awareness': {
      title: 'Crear conciencia',
      description:
        'Promover activamente las iniciativas FSCP de su distrito entre todas las partes interesadas clave, como administradores, maestros, familias y grupos comunitarios.',
      writeInPrompt: 'Otras actividades del distrito para crear conciencia',
    },
    'guide-learning': {
      title: 'Guiar el aprendizaje y el desarrollo del programa',
      description: 'Organizar y realizar actividades de desarrollo profesional para ayudar a las escuelas a desarrollar sus programas de alianzas.',
      writeInPrompt: 'Otras actividades del distrito para guiar el aprendizaje y el desarrollo del programa',
    },
    'share-knowledge': {
      title: 'Compartir conocimientos',
      description:
        'Fomentar la comunicación continua en todo el distrito para ampliar el conocimiento sobre estrategias FSCP sostenibles, basadas en la investigación y vinculadas al aprendizaje de los estudiantes.',
      writeInPrompt: 'Otras actividades del distrito para compartir conocimientos',
    },
    'celebrate-milestones': {
      title: 'Celebrar los logros',
      description: 'Reconocer los éxitos de las escuelas y del distrito en las metas y las prácticas de alianzas, y difundirlos ampliamente.',
      writeInPrompt: 'Otras actividades del distrito para celebrar los logros',
    },
    'document-progress': {
      title: 'Documentar el progreso y evaluar los resultados',
      description:
        'Recopilar información para documentar las actividades y evaluar el progreso hacia las metas FSCP del distrito, y ayudar a cada escuela a documentar y evaluar su progreso en la implementación de sus Planes Unificados de Mejora.',
      writeInPrompt: 'Otras actividades del distrito para documentar el progreso y evaluar los resultados',
    },
  },
  activities: {
    'align-program-policy-1': {
      text: 'Asegurarse de que la política del distrito sobre las alianzas mencione las actividades de liderazgo a nivel del distrito y la ayuda directa para que todas las escuelas desarrollen sus programas de alianzas con planes de acción orientados a metas.',
      short: 'Asegurar que la política incluya liderazgo y ayuda a escuelas',
    },
    'align-program-policy-2': {
      text: 'Redactar un Plan de Acción de Liderazgo para las Alianzas del distrito que incluya acciones a nivel del distrito y ayuda directa a las escuelas; usen este inventario como recurso.',
      short: 'Redactar un Plan de Acción de Liderazgo para las Alianzas',
    },
    'align-program-policy-3': {
      text: 'Definir un presupuesto para implementar el programa de alianzas del distrito (por ejemplo, tiempo, personal, fondos del Título I).',
      short: 'Definir un presupuesto para el programa del distrito',
    },
    'align-program-policy-4': {
      text: 'Obtener la aprobación y el apoyo del superintendente para que las escuelas usen sus Comités Escolares de Rendición de Cuentas (SAC) para incorporar las metas FSCP en los Planes Unificados de Mejora (UIP) de cada escuela.',
      short: 'Obtener aprobación del superintendente para metas FSCP en los UIP',
    },
    'align-program-policy-5': {
      text: 'Conseguir que el liderazgo del distrito anuncie formalmente que los UIP de las escuelas y el Plan de Acción de Liderazgo para las Alianzas se integrarán.',
      short: 'Anunciar que los UIP se integrarán al Plan de Liderazgo',
    },
    'align-program-policy-6': {
      text: 'Elaborar o revisar las políticas del distrito para que el trabajo y el progreso en las alianzas con las familias y la comunidad formen parte de las evaluaciones de directores y maestros.',
      short: 'Incluir las alianzas en la evaluación de directores y maestros',
    },
    'align-program-policy-7': {
      text: 'Ayudar a las escuelas a definir un presupuesto propio para implementar iniciativas de alianzas con las familias.',
      short: 'Ayudar a las escuelas a presupuestar sus iniciativas de alianzas',
    },
    'create-awareness-1': {
      text: 'Convocar una reunión individual con el superintendente del distrito para conversar sobre las metas del programa de alianzas.',
      short: 'Reunirse individualmente con el superintendente sobre las metas',
    },
    'create-awareness-2': {
      text: 'Hacer presentaciones sobre las metas del programa de alianzas del distrito ante la junta escolar, el consejo asesor de padres u otros grupos clave de liderazgo.',
      short: 'Presentar las metas a la junta y a otros grupos',
    },
    'create-awareness-3': {
      text: 'Realizar sesiones informativas para los directores de las escuelas sobre el programa de alianzas, incluida la ayuda que recibirán los SAC de todas las escuelas.',
      short: 'Realizar sesiones informativas sobre el programa para directores',
    },
    'create-awareness-4': {
      text: 'Acompañar a directores de escuela o a partes interesadas clave del distrito a conferencias relacionadas con las iniciativas del programa.',
      short: 'Acompañar a directores y partes interesadas a conferencias',
    },
    'create-awareness-5': {
      text: 'Identificar las escuelas que participarán en la iniciativa de alianzas del distrito.',
      short: 'Identificar las escuelas que participarán en la iniciativa',
    },
    'create-awareness-6': {
      text: 'Anunciar el programa de alianzas del distrito en el sitio web del distrito escolar.',
      short: 'Anunciar el programa en el sitio web del distrito',
    },
    'create-awareness-7': {
      text: 'Difundir un comunicado de prensa que anuncie el lanzamiento de la iniciativa de alianzas del distrito.',
      short: 'Anunciar el lanzamiento con un comunicado de prensa',
    },
    'create-awareness-8': {
      text: 'Hacer presentaciones en las escuelas para los SAC, las asociaciones de padres y maestros (PTA), el personal docente u otros grupos, para informarles sobre el programa del distrito.',
      short: 'Presentar el programa a los SAC, PTA y personal docente',
    },
    'create-awareness-9': {
      text: 'Reunirse individualmente con cada director al comienzo del año escolar para aclarar el trabajo de quienes facilitan el programa en el distrito y cómo los directores apoyarán el programa en sus escuelas.',
      short: 'Aclarar funciones con cada director al inicio del año',
    },
    'create-awareness-10': {
      text: 'Distribuir información sobre el programa de alianzas del distrito y, si corresponde, sobre su afiliación a Family-School-Community Partnerships del Departamento de Educación de Colorado.',
      short: 'Distribuir información sobre el programa y su afiliación estatal',
    },
    'guide-learning-1': {
      text: 'Ayudar a las escuelas con los primeros pasos para comenzar el programa de alianzas (por ejemplo, identificar a los miembros de los SAC, organizar talleres de capacitación para los equipos).',
      short: 'Ayudar a las escuelas con los primeros pasos',
    },
    'guide-learning-2': {
      text: 'Realizar un taller de capacitación para todas las escuelas participantes que incluya apoyo sobre cómo vincular el Plan de Acción de Liderazgo para las Alianzas del distrito con el UIP de cada escuela.',
      short: 'Capacitar para vincular el Plan de Liderazgo con los UIP',
    },
    'guide-learning-3': {
      text: 'Organizar un proceso claro para que quien facilita el programa en el distrito (por ejemplo, el Contacto de Alianzas con las Familias) dé retroalimentación y apoyo al programa de cada escuela.',
      short: 'Organizar un proceso claro de retroalimentación a las escuelas',
    },
    'guide-learning-4': {
      text: 'Convocar reuniones periódicas para quienes presiden o copresiden los SAC de las escuelas, para compartir experiencias y aprender sobre temas específicos del programa.',
      short: 'Reunir a quienes presiden los SAC para compartir y aprender',
    },
    'guide-learning-5': {
      text: 'Elaborar e implementar talleres y presentaciones de desarrollo profesional sobre las alianzas para todos los maestros y el personal escolar.',
      short: 'Ofrecer desarrollo profesional sobre alianzas a maestros y personal',
    },
    'guide-learning-6': {
      text: 'Realizar talleres para padres sobre maneras de colaborar con la escuela para aumentar el éxito de los estudiantes.',
      short: 'Realizar talleres para padres sobre cómo colaborar con la escuela',
    },
    'guide-learning-7': {
      text: 'Realizar un taller de actualización para ayudar a las escuelas a seguir desarrollando sus iniciativas de alianzas con las familias año tras año.',
      short: 'Realizar un taller de actualización para seguir desarrollando iniciativas',
    },
    'guide-learning-8': {
      text: 'Otorgar pequeñas subvenciones a las escuelas como incentivo para desarrollar sus iniciativas de alianzas con las familias con enfoques basados en la investigación.',
      short: 'Otorgar pequeñas subvenciones para iniciativas basadas en la investigación',
    },
    'share-knowledge-1': {
      text: 'Compartir los avances del programa de alianzas del distrito con el superintendente, la junta escolar, los directores y otras personas en puestos de liderazgo.',
      short: 'Compartir avances con el superintendente, la junta y los directores',
    },
    'share-knowledge-2': {
      text: 'Facilitar una reunión a mitad de año para que las escuelas compartan prácticas prometedoras y soluciones a los desafíos.',
      short: 'Facilitar una reunión a mitad de año para compartir prácticas',
    },
    'share-knowledge-3': {
      text: 'Difundir un boletín semanal o mensual con información importante, próximos eventos y logros de escuelas concretas relacionados con el programa de alianzas del distrito, y animar a las escuelas a compartirlo con su comunidad.',
      short: 'Difundir un boletín semanal o mensual sobre el programa',
    },
    'share-knowledge-4': {
      text: 'Escribir una columna fija sobre las iniciativas de alianzas con las familias en el boletín del distrito.',
      short: 'Escribir una columna fija sobre alianzas en el boletín',
    },
    'share-knowledge-5': {
      text: 'Facilitar reuniones periódicas con otros departamentos del distrito que trabajan en temas de participación de la familia (por ejemplo, educación especial, estudiantes de inglés, Título I).',
      short: 'Reunirse periódicamente con otros departamentos sobre participación familiar',
    },
    'share-knowledge-6': {
      text: 'Moderar un foro de discusión en el sitio web del distrito donde las escuelas puedan publicar información, eventos y preguntas sobre las alianzas para los demás.',
      short: 'Moderar un foro sobre alianzas en la web del distrito',
    },
    'share-knowledge-7': {
      text: 'Ayudar a las escuelas a dar a conocer sus actividades de alianzas en los medios de comunicación locales durante todo el año escolar.',
      short: 'Ayudar a las escuelas a difundir actividades en medios locales',
    },
    'celebrate-milestones-1': {
      text: 'Celebrar octubre como el Mes de las Alianzas entre la Familia y la Escuela en la Educación.',
      short: 'Celebrar octubre como el Mes de las Alianzas',
    },
    'celebrate-milestones-2': {
      text: 'Pedir al concejo municipal o a la oficina del alcalde que proclame formalmente un Mes de las Alianzas entre la Familia y la Escuela en la Educación.',
      short: 'Pedir al municipio que proclame un Mes de las Alianzas',
    },
    'celebrate-milestones-3': {
      text: 'Organizar una celebración de fin de año para los SAC de todas las escuelas.',
      short: 'Organizar una celebración de fin de año para los SAC',
    },
    'celebrate-milestones-4': {
      text: 'Editar y distribuir una colección de prácticas de alianzas prometedoras de cada escuela.',
      short: 'Editar y distribuir una colección de prácticas prometedoras',
    },
    'celebrate-milestones-5': {
      text: 'Enviar cartas o certificados de agradecimiento a las escuelas por aportar prácticas de alianzas prometedoras a la colección del distrito.',
      short: 'Agradecer a las escuelas que aportan prácticas a la colección',
    },
    'celebrate-milestones-6': {
      text: 'Enviar cartas a los directores para agradecerles su apoyo a las alianzas.',
      short: 'Agradecer por carta a los directores su apoyo',
    },
    'celebrate-milestones-7': {
      text: 'Redactar un informe anual de progreso del programa de alianzas del distrito para compartirlo con las partes interesadas clave.',
      short: 'Redactar un informe anual de progreso para las partes interesadas',
    },
    'celebrate-milestones-8': {
      text: 'Organizar un programa de reconocimiento para celebrar a las escuelas que alcanzan logros como realizar su primera actividad de alianzas, aumentar la asistencia a las actividades, etc.',
      short: 'Organizar un programa que reconozca los logros de las escuelas',
    },
    'celebrate-milestones-9': {
      text: 'Crear un video de algunas actividades de alianzas para compartirlo con la junta escolar, los directores, los grupos comunitarios, el consejo asesor de padres del distrito y otros.',
      short: 'Crear un video de actividades de alianzas para compartirlo',
    },
    'celebrate-milestones-10': {
      text: 'Ayudar a las escuelas a reconocer y agradecer a quienes lideran las alianzas en sus escuelas.',
      short: 'Ayudar a las escuelas a agradecer a quienes lideran alianzas',
    },
    'document-progress-1': {
      text: 'Dar a las escuelas un sistema de registro para documentar y guardar los registros del trabajo del SAC.',
      short: 'Dar a las escuelas un sistema de registro del SAC',
    },
    'document-progress-2': {
      text: 'Recopilar cada año los Planes Unificados de Mejora de las escuelas y usarlos para revisar con regularidad el progreso de las escuelas.',
      short: 'Recopilar los UIP cada año; revisar el progreso con regularidad',
    },
    'document-progress-3': {
      text: 'Establecer un sistema de registro trimestral o mensual para que quienes facilitan el programa en el distrito documenten sus visitas a las escuelas y la asistencia técnica brindada o solicitada.',
      short: 'Registrar trimestral o mensualmente las visitas a las escuelas',
    },
    'document-progress-4': {
      text: 'Evaluar cada año el programa de alianzas del distrito según indicadores establecidos.',
      short: 'Evaluar cada año el programa según indicadores establecidos',
    },
    'document-progress-5': {
      text: 'Animar a las escuelas a completar una encuesta escolar anual (por ejemplo, la Encuesta de Alianzas del CDE) para evaluar la calidad de sus iniciativas de alianzas con las familias.',
      short: 'Animar a las escuelas a completar una encuesta anual',
    },
    'document-progress-6': {
      text: 'Completar una encuesta anual del distrito para evaluar la calidad del programa de alianzas del distrito.',
      short: 'Completar una encuesta distrital anual sobre la calidad del programa',
    },
  },
};

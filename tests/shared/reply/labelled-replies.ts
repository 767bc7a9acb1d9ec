/**
 * Replies written for this test (not copied from anywhere), labelled by
 * hand: 4 languages, every kind, varied senders (company domains, applicant
 * tracking tools, agencies, personal names) and phrasings, some with header
 * lines and some pasted body-only.
 */
import type { ReplyKind, ReplyLanguage } from '../../../shared/reply/reply-rules.js';

export interface LabelledReply {
  readonly label: ReplyKind;
  readonly language: ReplyLanguage;
  readonly text: string;
}

const r = (label: ReplyKind, language: ReplyLanguage, text: string): LabelledReply => ({ label, language, text });

export const LABELLED_REPLIES: readonly LabelledReply[] = [
  // English — rejections
  r(
    'rejection',
    'en',
    'From: Acme Talent <talent@acme.com>\nSubject: Your application\n\nHi Sam, thank you for your interest in the Backend Engineer role. Unfortunately we have decided to move forward with other candidates. We wish you the best.',
  ),
  r(
    'rejection',
    'en',
    'From: no-reply@greenhouse.io\n\nDear applicant, we regret to inform you that we will not be progressing your application for Data Analyst at Globex at this time.',
  ),
  r(
    'rejection',
    'en',
    'Hi there, thanks for taking the time to interview with us last week. After careful consideration the team decided not to proceed with your application. Best of luck with your search.',
  ),
  r(
    'rejection',
    'en',
    'From: "Maria Lopez" <maria@initech.io>\nSubject: Re: Product Designer\n\nThanks so much for chatting with us. The position has been filled internally, so we will not be moving forward. Keep in touch!',
  ),
  r(
    'rejection',
    'en',
    'Subject: Update on your application\n\nHello, we appreciate the effort you put into the process. You were not selected for the next stage of the Site Reliability Engineer role. We will keep your details on file.',
  ),
  // English — interviews
  r(
    'interview',
    'en',
    'From: Jane Roe <jane.roe@umbrella.com>\nSubject: Next steps\n\nHi Sam, thanks for applying to Umbrella! We would like to schedule a 30 minute call with our hiring manager. Could you share your availability for next week?',
  ),
  r(
    'interview',
    'en',
    'From: scheduling@goodtime.io\n\nHello, you are invited to an onsite interview for the Staff Engineer position at Hooli. Please book a time using the link below.',
  ),
  r(
    'interview',
    'en',
    'Hey Sam, loved your profile. Do you have time to chat with me this Thursday or Friday? Happy to walk you through the role. Cheers, Tom from Vandelay',
  ),
  r(
    'interview',
    'en',
    'Subject: Phone screen\n\nHi, I am a recruiter at Stark Industries. I would like to set up a phone screen for the Platform Engineer role. What times work for you?',
  ),
  r(
    'interview',
    'en',
    'From: recruiting@wayne.com\n\nGreat news: the panel enjoyed your first conversation and we would like to invite you to the next round with the engineering director. Please reply with a few slots.',
  ),
  // English — offers
  r(
    'offer',
    'en',
    'From: HR <people@acme.com>\nSubject: Offer\n\nDear Sam, we are delighted to offer you the position of Senior Engineer. Please find your offer letter attached and let us know by Friday.',
  ),
  r(
    'offer',
    'en',
    'Hi Sam, congratulations! The team would like to extend you an offer to join Globex as Data Analyst. I will call you to go through the details.',
  ),
  r(
    'offer',
    'en',
    'Subject: Your offer from Initech\n\nHello Sam, following your interviews we are happy to offer you the role. The formal offer with salary and start date is in the portal.',
  ),
  // English — assessments
  r(
    'assessment',
    'en',
    'From: noreply@hackerrank.com\n\nHi Sam, Acme has invited you to complete a coding challenge. You have 90 minutes once you start; the link expires in 7 days.',
  ),
  r(
    'assessment',
    'en',
    'Hello, as the next stage please complete our take-home exercise and send it back within five days. Instructions are attached. Best, the Umbrella team',
  ),
  r(
    'assessment',
    'en',
    'Subject: Technical test\n\nDear candidate, please find below the link to our online test for the QA Engineer role. It takes about 45 minutes.',
  ),
  r(
    'assessment',
    'en',
    'Hi Sam, thanks for your time so far. Before the final interviews we ask every candidate to prepare a short case study on our onboarding funnel. Details attached.',
  ),
  // English — acknowledgements
  r(
    'acknowledgement',
    'en',
    'From: jobs@hooli.xyz\nSubject: Thank you for applying\n\nHi Sam, we have received your application for the Product Manager role. Our team will review it and will be in touch if there is a match.',
  ),
  r(
    'acknowledgement',
    'en',
    'Thanks for applying to Vandelay Industries! This email confirms receipt of your application. Your application is now under review.',
  ),
  r(
    'acknowledgement',
    'en',
    'From: careers@lever.co\n\nDear Sam, thank you for applying for the Support Engineer position at Wayne Enterprises. We will review your background and reach out soon.',
  ),
  r(
    'acknowledgement',
    'en',
    'Hello Sam, your application has been received. Due to the volume of applications, we will review every profile carefully and get back to you.',
  ),
  // German — rejections
  r(
    'rejection',
    'de',
    'Von: Personalabteilung <jobs@mueller-gmbh.de>\nBetreff: Ihre Bewerbung\n\nSehr geehrter Herr Weber, vielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.',
  ),
  r('rejection', 'de', 'Hallo Sam, danke für das nette Gespräch. Wir haben uns für einen anderen Kandidaten entschieden. Wir wünschen dir viel Erfolg!'),
  r(
    'rejection',
    'de',
    'Betreff: Absage Softwareentwickler (m/w/d)\n\nSehr geehrte Frau Koch, nach sorgfältiger Prüfung müssen wir Ihnen eine Absage erteilen. Ihre Unterlagen löschen wir gemäß Datenschutz.',
  ),
  r(
    'rejection',
    'de',
    'Von: recruiting@personio.de\n\nGuten Tag, die Stelle ist inzwischen bereits besetzt. Wir bedanken uns für Ihre Bewerbung und Ihre Zeit.',
  ),
  r(
    'rejection',
    'de',
    'Liebe Frau Yilmaz, wir haben uns Ihr Profil genau angesehen. Leider passt es aktuell nicht zu unseren Anforderungen, und wir werden Ihre Bewerbung nicht weiter verfolgen.',
  ),
  // German — interviews
  r(
    'interview',
    'de',
    'Von: Anna Schmidt <a.schmidt@siemens.com>\nBetreff: Einladung zum Vorstellungsgespräch\n\nSehr geehrter Herr Weber, wir möchten Sie gerne zu einem Vorstellungsgespräch einladen. Bitte nennen Sie uns Ihre Verfügbarkeit.',
  ),
  r(
    'interview',
    'de',
    'Hallo Sam, deine Bewerbung hat uns gefallen! Hast du nächste Woche Zeit für ein kurzes Kennenlernen per Video? Schick mir gern zwei Terminvorschläge.',
  ),
  r('interview', 'de', 'Guten Tag Frau Koch, gerne laden wir Sie zur nächsten Runde mit unserem Teamleiter ein. Der Termin dauert etwa 60 Minuten.'),
  r(
    'interview',
    'de',
    'Betreff: Telefoninterview\n\nHallo Herr Becker, ich bin Recruiterin bei Zalando und würde gerne ein erstes Gespräch mit Ihnen vereinbaren. Wann passt es Ihnen?',
  ),
  r(
    'interview',
    'de',
    'Von: noreply@teamtailor.com\n\nSie wurden zu einem Interview für die Position Data Engineer eingeladen. Bitte wählen Sie einen passenden Termin über den Link.',
  ),
  // German — offers
  r(
    'offer',
    'de',
    'Von: HR <hr@bosch.de>\nBetreff: Vertragsangebot\n\nSehr geehrter Herr Weber, wir freuen uns, Ihnen die Stelle anzubieten. Anbei finden Sie Ihren Arbeitsvertrag zur Unterschrift.',
  ),
  r('offer', 'de', 'Hallo Sam, gute Nachrichten: wir möchten dir gerne ein Angebot machen! Die Details zu Gehalt und Startdatum besprechen wir morgen.'),
  r('offer', 'de', 'Liebe Frau Koch, nach den Gesprächen möchten wir Ihnen gerne ein Vertragsangebot unterbreiten. Bitte geben Sie uns bis Freitag Bescheid.'),
  // German — assessments
  r('assessment', 'de', 'Von: tests@codility.com\n\nHallo Sam, Sie wurden eingeladen, eine Programmieraufgabe für SAP zu lösen. Sie haben 7 Tage Zeit.'),
  r('assessment', 'de', 'Hallo Herr Becker, als nächsten Schritt bitten wir Sie, eine kleine Fallstudie zu bearbeiten und bis Montag einzureichen.'),
  r(
    'assessment',
    'de',
    'Betreff: Online-Test\n\nSehr geehrte Frau Yilmaz, bitte absolvieren Sie den beigefügten Online-Test innerhalb von drei Tagen. Er dauert circa 40 Minuten.',
  ),
  r(
    'assessment',
    'de',
    'Hallo Sam, wir schicken dir eine Testaufgabe, die du zu Hause lösen kannst. Plane etwa vier Stunden ein und schick uns dann dein Repository.',
  ),
  // German — acknowledgements
  r(
    'acknowledgement',
    'de',
    'Von: karriere@allianz.de\nBetreff: Eingangsbestätigung\n\nSehr geehrter Herr Weber, vielen Dank für Ihre Bewerbung. Wir prüfen Ihre Unterlagen und melden uns in Kürze.',
  ),
  r('acknowledgement', 'de', 'Hallo Sam, wir haben deine Bewerbung erhalten und schauen sie uns in den nächsten Tagen an. Wir melden uns bei dir.'),
  r(
    'acknowledgement',
    'de',
    'Guten Tag, hiermit bestätigen wir den Eingang Ihrer Bewerbung als Projektmanager. Die Bearbeitung kann bis zu zwei Wochen dauern.',
  ),
  r(
    'acknowledgement',
    'de',
    'Von: noreply@successfactors.eu\n\nVielen Dank für Ihre Bewerbung bei der Deutschen Bahn. Sie können den Status jederzeit in Ihrem Kandidatenprofil einsehen.',
  ),
  // French — rejections
  r(
    'rejection',
    'fr',
    'De : Recrutement <rh@societe-generale.fr>\nObjet : Votre candidature\n\nBonjour Madame Martin, nous vous remercions de votre intérêt. Malheureusement, nous ne pouvons pas donner suite à votre candidature.',
  ),
  r('rejection', 'fr', 'Bonjour Sam, après étude attentive, votre profil n’a pas été retenu pour ce poste. Nous vous souhaitons pleine réussite.'),
  r(
    'rejection',
    'fr',
    'Objet : Réponse à votre candidature\n\nMonsieur, nous avons le regret de vous informer que nous avons choisi un autre candidat pour le poste de développeur.',
  ),
  r(
    'rejection',
    'fr',
    'De : talents@welcomekit.co\n\nBonjour, merci pour les entretiens. Nous avons décidé de ne pas retenir votre candidature cette fois-ci.',
  ),
  r('rejection', 'fr', 'Chère Claire, le poste a été pourvu en interne. Nous gardons votre CV et n’hésiterons pas à revenir vers vous.'),
  // French — interviews
  r(
    'interview',
    'fr',
    'De : Julie Bernard <julie.bernard@doctolib.fr>\nObjet : Entretien\n\nBonjour Sam, nous souhaitons vous rencontrer pour un entretien. Pourriez-vous nous indiquer vos disponibilités ?',
  ),
  r(
    'interview',
    'fr',
    'Bonjour Madame Martin, suite à votre candidature, j’aimerais échanger avec vous lors d’un appel de 20 minutes. Quand seriez-vous disponible ?',
  ),
  r(
    'interview',
    'fr',
    'Objet : Prochaine étape\n\nBonjour Sam, nous avons le plaisir de vous inviter à un entretien technique avec l’équipe. Merci de choisir un créneau.',
  ),
  r(
    'interview',
    'fr',
    'De : noreply@workable.com\n\nVous êtes invité à un entretien pour le poste de Chef de projet chez Decathlon. Réservez un créneau via le lien.',
  ),
  r(
    'interview',
    'fr',
    'Salut Sam, ton profil nous plaît beaucoup ! On peut prévoir un appel cette semaine pour te présenter l’équipe ? Dis-moi tes disponibilités.',
  ),
  // French — offers
  r(
    'offer',
    'fr',
    'De : RH <rh@ubisoft.com>\nObjet : Proposition d’embauche\n\nBonjour Sam, nous avons le plaisir de vous faire une proposition d’embauche pour le poste de développeur senior.',
  ),
  r(
    'offer',
    'fr',
    'Bonjour Madame Martin, suite à vos entretiens, nous souhaitons vous proposer le poste. Vous trouverez la promesse d’embauche en pièce jointe.',
  ),
  r('offer', 'fr', 'Chère Claire, bonne nouvelle ! Nous aimerions vous faire une offre pour rejoindre notre équipe. Je vous appelle demain pour les détails.'),
  // French — assessments
  r(
    'assessment',
    'fr',
    'De : noreply@codingame.com\n\nBonjour Sam, Criteo vous invite à passer un test technique en ligne. Vous disposez de 5 jours pour le compléter.',
  ),
  r('assessment', 'fr', 'Bonjour, pour la prochaine étape, nous vous proposons un exercice à réaliser chez vous et à nous renvoyer sous une semaine.'),
  r('assessment', 'fr', 'Objet : Étude de cas\n\nBonjour Madame Martin, merci de préparer une étude de cas sur notre marché que vous présenterez au jury.'),
  r('assessment', 'fr', 'Bonjour Sam, vous trouverez ci-joint le lien vers notre questionnaire d’évaluation. Comptez environ 30 minutes.'),
  // French — acknowledgements
  r(
    'acknowledgement',
    'fr',
    'De : recrutement@airbus.com\nObjet : Accusé de réception\n\nBonjour, nous avons bien reçu votre candidature et reviendrons vers vous rapidement.',
  ),
  r('acknowledgement', 'fr', 'Bonjour Sam, merci pour votre candidature au poste de Data Scientist. Notre équipe va l’étudier avec attention.'),
  r('acknowledgement', 'fr', 'Madame, nous accusons réception de votre candidature et ne manquerons pas de vous recontacter si votre profil correspond.'),
  r('acknowledgement', 'fr', 'De : noreply@smartrecruiters.com\n\nMerci pour votre candidature chez L’Oréal. Nous reviendrons vers vous dès que possible.'),
  // Spanish — rejections
  r(
    'rejection',
    'es',
    'De: Talento <talento@telefonica.com>\nAsunto: Tu candidatura\n\nHola Sam, gracias por tu interés. Lamentablemente hemos decidido continuar con otros candidatos cuyo perfil se ajusta más.',
  ),
  r('rejection', 'es', 'Estimado Sr. García, lamentamos informarle que su candidatura no ha sido seleccionada para el puesto de Analista.'),
  r('rejection', 'es', 'Hola Lucía, gracias por las entrevistas. Finalmente el puesto ha sido cubierto por otra candidata. Te deseamos mucha suerte.'),
  r('rejection', 'es', 'De: no-reply@recruitee.com\n\nDesafortunadamente, en esta ocasión no seguiremos adelante con tu proceso para Cabify.'),
  r(
    'rejection',
    'es',
    'Asunto: Actualización del proceso\n\nHola Sam, tras revisar todos los perfiles no has sido seleccionado para la siguiente fase. Guardaremos tu CV.',
  ),
  // Spanish — interviews
  r(
    'interview',
    'es',
    'De: Carmen Ruiz <carmen.ruiz@bbva.com>\nAsunto: Entrevista\n\nHola Sam, nos gustaría invitarte a una entrevista con el equipo. ¿Nos indicas tu disponibilidad para la próxima semana?',
  ),
  r('interview', 'es', 'Estimado Sr. García, queremos agendar una llamada de 30 minutos para conocerle mejor. ¿Qué horario le viene bien?'),
  r('interview', 'es', 'Hola Lucía, has pasado a la siguiente fase. Te proponemos una entrevista técnica el martes a las 10:00, ¿te encaja?'),
  r(
    'interview',
    'es',
    'De: noreply@ashbyhq.com\n\nTe invitamos a una entrevista para el puesto de Ingeniero de Datos en Glovo. Elige un horario en el enlace.',
  ),
  r(
    'interview',
    'es',
    'Hola Sam, soy reclutadora en Mercadona Tech. Me encantaría tener una llamada contigo esta semana para conocerte. Dime tu disponibilidad.',
  ),
  // Spanish — offers
  r(
    'offer',
    'es',
    'De: RRHH <rrhh@inditex.com>\nAsunto: Oferta de empleo\n\nHola Sam, nos complace hacerte una oferta formal para el puesto de Desarrollador Senior. Adjuntamos la carta oferta.',
  ),
  r('offer', 'es', 'Estimado Sr. García, tras el proceso queremos ofrecerle el puesto de Analista. Le enviaremos la oferta de trabajo por escrito.'),
  r('offer', 'es', 'Hola Lucía, ¡enhorabuena! Queremos ofrecerte el puesto. Mañana te llamo para hablar del salario y la fecha de incorporación.'),
  // Spanish — assessments
  r(
    'assessment',
    'es',
    'De: noreply@codesignal.com\n\nHola Sam, Idealista te invita a realizar una prueba técnica en línea. Tienes una semana para completarla.',
  ),
  r('assessment', 'es', 'Hola Lucía, como siguiente paso te enviamos un caso práctico para resolver en casa. Entrégalo antes del viernes.'),
  r('assessment', 'es', 'Asunto: Ejercicio técnico\n\nEstimado Sr. García, le adjuntamos un ejercicio de programación. Dispone de 72 horas para enviarlo.'),
  r('assessment', 'es', 'Hola Sam, antes de la entrevista final necesitamos que completes una breve evaluación de inglés. Te llevará 20 minutos.'),
  // Spanish — acknowledgements
  r(
    'acknowledgement',
    'es',
    'De: empleo@santander.com\nAsunto: Candidatura recibida\n\nHola Sam, hemos recibido tu candidatura. Revisaremos tu perfil y nos pondremos en contacto contigo.',
  ),
  r('acknowledgement', 'es', 'Estimado Sr. García, gracias por su interés en Repsol. Hemos recibido su solicitud y la revisaremos con atención.'),
  r('acknowledgement', 'es', 'Hola Lucía, gracias por postularte a Wallapop. Nuestro equipo revisará tu perfil en los próximos días.'),
  r(
    'acknowledgement',
    'es',
    'De: noreply@workday.com\n\nGracias por tu candidatura al puesto de Analista en Iberdrola. Este correo sirve como acuse de recibo.',
  ),
];

/** Invitations in other languages: German, French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Japanese, Chinese, Korean. */
import { invite, labelled, type Labelled } from './build.js';

const yes = (company: string, role: string, round: string) => ({ interview: true, company, role, round });
const no = { interview: false };

export const NON_ENGLISH: Labelled[] = [
  labelled('non-English', yes('SAP', '', ''), invite('Vorstellungsgespräch - SAP', { from: 'Jana Vogel <jana.vogel@sap.com>' })),
  labelled(
    'non-English',
    yes('Siemens', 'Softwareentwickler', ''),
    invite('Bewerbungsgespräch bei Siemens (Softwareentwickler)', { from: 'Recruiting <recruiting@siemens.com>', shape: 'ics' }),
  ),
  labelled('non-English', yes('Zalando', '', 'Phone screen'), invite('Telefoninterview mit Zalando', { from: 'Tina <tina@zalando.de>' })),
  labelled('non-English', yes('N26', '', ''), invite('Kennenlerngespräch | N26', { via: 'greenhouse', from: 'Paul <paul@n26.com>' })),
  labelled(
    'non-English',
    yes('Bosch', 'Teamleiter Controlling', ''),
    invite('Zweites Vorstellungsgespräch – Bosch (Teamleiter Controlling)', { from: 'hr@bosch.com' }),
  ),
  labelled('non-English', yes('Airbus', '', ''), invite("Entretien d'embauche - Airbus", { from: 'Claire <claire.dubois@airbus.com>' })),
  labelled('non-English', yes('BlaBlaCar', '', 'Phone screen'), invite('Entretien téléphonique avec BlaBlaCar', { from: 'Hugo <hugo@blablacar.com>' })),
  labelled(
    'non-English',
    yes('Doctolib', 'Développeur Full Stack', 'Technical'),
    invite('Entretien technique – Doctolib (Développeur Full Stack)', { from: 'tech@doctolib.fr' }),
  ),
  labelled('non-English', yes("L'Oréal", '', 'Recruiter call'), invite("Entretien RH chez L'Oréal", { from: 'rh@loreal.com', shape: 'ics' })),
  labelled('non-English', yes('Capgemini', '', 'Final'), invite('Entretien final - Capgemini', { from: 'Luc <luc@capgemini.com>' })),
  labelled('non-English', yes('Telefónica', '', ''), invite('Entrevista de trabajo - Telefónica', { from: 'Rocío <rocio@telefonica.com>' })),
  labelled('non-English', yes('BBVA', '', 'Technical'), invite('Entrevista técnica con BBVA', { from: 'Pablo <pablo@bbva.com>' })),
  labelled(
    'non-English',
    yes('Glovo', 'Desarrollador Backend', ''),
    invite('Entrevista - Desarrollador Backend - Glovo', { via: 'lever', from: 'Marta <marta@glovoapp.com>' }),
  ),
  labelled('non-English', yes('Nubank', '', ''), invite('Entrevista de emprego - Nubank', { from: 'Ana <ana@nubank.com.br>' })),
  labelled(
    'non-English',
    yes('iFood', 'Engenheiro de Software', 'Technical'),
    invite('Entrevista técnica | iFood (Engenheiro de Software)', { from: 'Caio <caio@ifood.com.br>' }),
  ),
  labelled('non-English', yes('Ferrari', '', ''), invite('Colloquio di lavoro - Ferrari', { from: 'hr@ferrari.com' })),
  labelled('non-English', yes('Satispay', '', 'Technical'), invite('Colloquio tecnico con Satispay', { from: 'Gio <gio@satispay.com>' })),
  labelled('non-English', yes('Adyen', '', ''), invite('Sollicitatiegesprek - Adyen', { from: 'Sanne <sanne@adyen.com>' })),
  labelled('non-English', yes('Booking.com', '', ''), invite('Tweede gesprek bij Booking.com', { from: 'Joost <joost@booking.com>' })),
  labelled('non-English', yes('Allegro', '', ''), invite('Rozmowa kwalifikacyjna - Allegro', { from: 'Ola <ola@allegro.pl>' })),
  labelled('non-English', yes('CD Projekt', '', ''), invite('Rozmowa rekrutacyjna z CD Projekt', { from: 'hr@cdprojektred.com', shape: 'ics' })),
  labelled('non-English', yes('Spotify', '', ''), invite('Anställningsintervju - Spotify', { from: 'Elin <elin@spotify.com>' })),
  labelled('non-English', yes('Klarna', '', ''), invite('Intervju hos Klarna', { from: 'Nils <nils@klarna.com>' })),
  labelled('non-English', yes('楽天', '', ''), invite('面接 - 楽天', { from: 'saiyo@rakuten.co.jp' })),
  labelled('non-English', yes('メルカリ', '', ''), invite('一次面接（メルカリ）', { from: 'hr@mercari.com' })),
  labelled('non-English', yes('SmartHR', '', ''), invite('カジュアル面談 - SmartHR', { from: 'talent@smarthr.co.jp' })),
  labelled('non-English', yes('字节跳动', '', ''), invite('面试 - 字节跳动', { from: 'hr@bytedance.com' })),
  labelled('non-English', yes('腾讯', '', 'Technical'), invite('腾讯 - 技术面试', { from: 'hr@tencent.com' })),
  labelled('non-English', yes('네이버', '', ''), invite('면접 - 네이버', { from: 'recruit@navercorp.com' })),
  labelled('non-English', yes('카카오', '', 'Technical'), invite('카카오 - 기술 면접', { from: 'hr@kakaocorp.com' })),
  labelled('non-English', no, invite('Entretien voiture - Garage Dupont')),
  labelled('non-English', no, invite('Zahnarzt Dr. Weber')),
  labelled('non-English', no, invite("Réunion d'équipe", { from: 'Luc <luc@monentreprise.fr>' })),
  labelled('non-English', no, invite('Reunión de equipo', { from: 'Ana <ana@miempresa.es>' })),
  labelled('non-English', no, invite('歯医者')),
];

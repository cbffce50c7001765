import PDFDocument from 'pdfkit';

/** What the stand-in says of itself, first and in plain words: nobody may take it for the CNIL's. */
export const STAND_IN_NOTICE = 'Document de démonstration — ne provient pas de la CNIL';

export interface StandInFacts {
  controller: string;
  cnilReference: string;
  filedAt: Date;
}

const PARIS = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' });

/**
 * A one-page PDF in place of the CNIL's récapitulatif, so that the demo shows a filing with one
 * attached (the téléservice's own is only ever uploaded by a controller's lawyer). It states that
 * it is a stand-in, repeats only what the demo recorded, and is reproducible: same facts, same bytes.
 */
export function recapitulatifStandIn(facts: StandInFacts): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 62,
    lang: 'fr-FR',
    info: {
      Title: `Récapitulatif de démonstration ${facts.cnilReference}`,
      Author: 'breach-gateway (démonstration)',
      CreationDate: facts.filedAt,
      ModDate: facts.filedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(16).text(STAND_IN_NOTICE);
  doc.moveDown();
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(
      'Ce fichier tient la place, dans les données de démonstration de breach-gateway, du récapitulatif que le téléservice de la CNIL remet après le dépôt d’une notification. Il a été produit par le chargement de la démonstration ; il n’a aucune valeur et n’atteste d’aucun dépôt réel.',
    )
    .moveDown()
    .text(`Organisme (fictif) : ${facts.controller}`)
    .text(`Référence enregistrée dans la démonstration : ${facts.cnilReference}`)
    .text(`Dépôt enregistré dans la démonstration le ${PARIS.format(facts.filedAt)} (heure de Paris)`);
  doc.end();
  return done;
}

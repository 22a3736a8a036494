/** Interface strings of the workshop's report step, merged into `strings.ts`. */

export const reportFr = {
  'report.intro':
    'Chaque ligne est un problème trouvé dans une feuille : où il est, ce qui ne va pas, ce que l’atlas en a fait, et que faire. Choisissez une ligne pour voir la fiche entière et corriger une cellule ici même.',
  'report.none': 'Aucun problème : toutes les lignes ont été lues telles quelles.',
  'report.filters': 'Filtrer le rapport',
  'report.filter.severity': 'Gravité',
  'report.filter.sheet': 'Feuille',
  'report.filter.kind': 'Type de problème',
  'report.filter.all': 'Tous ({count})',
  'report.filter.allSheets': 'Toutes ({count})',
  'report.filter.option': '{label} ({count})',
  'report.severity.error': 'Erreur',
  'report.severity.warning': 'Attention',
  'report.severity.errors': 'Erreurs',
  'report.severity.warnings': 'Avertissements',
  'report.shown_one': '{n} problème affiché sur {total}.',
  'report.shown_other': '{n} problèmes affichés sur {total}.',
  'report.caption': 'Problèmes trouvés par la vérification ({shown} sur {total})',
  'report.col.severity': 'Gravité',
  'report.col.sheet': 'Feuille',
  'report.col.line': 'Ligne',
  'report.col.column': 'Colonne',
  'report.col.value': 'Valeur',
  'report.col.message': 'Ce qui ne va pas',
  'report.col.action': 'Ce qui a été fait',
  'report.col.advice': 'Que faire',
  'report.wholeFile': 'fichier',
  'report.headerRow': 'en-tête',
  'report.openLine': 'Voir la ligne {line} de {sheet}',
  'report.kindAdvice': 'Que faire pour « {kind} » : {advice}',

  'report.record.title': '{sheet}, ligne {line}',
  'report.record.none': 'Ce problème concerne la feuille entière ou son en-tête : corrigez-le dans le tableur ou à l’étape « Colonnes ».',
  'report.record.gone': 'Cette ligne n’est plus dans la feuille.',
  'report.record.problems': 'Problèmes de cette ligne',
  'report.record.advice': 'Que faire : {advice}',
  'report.record.caption': 'Les cellules de la ligne {line}',
  'report.record.column': 'Colonne',
  'report.record.value': 'Valeur',
  'report.record.empty': '(vide)',
  'report.record.edit': 'Corriger « {column} »',
  'report.record.editHint': 'Entrée enregistre, Échap annule.',
  'report.record.save': 'Enregistrer',
  'report.record.cancel': 'Annuler',
  'report.record.close': 'Fermer la ligne',
  'report.record.edited': 'Cellule « {column} » corrigée. Vérifiez à nouveau pour mettre le rapport à jour.',
  'report.recheck': 'Vérifier à nouveau',

  'report.download.title': 'Télécharger les feuilles corrigées',
  'report.download.hint':
    'La feuille avec vos corrections, à remettre à la place de l’ancienne : en Excel (XLSX, toutes les cellules en texte, les zéros en tête gardés) ou en CSV pour Excel en français (UTF-8, point-virgule).',
  'report.download.xlsx': '{sheet} en XLSX',
  'report.download.csv': '{sheet} en CSV pour Excel',
  'report.download.edited': '(corrigée)',
  'report.download.failed': 'Le fichier n’a pas pu être préparé : {message}',

  'report.advice.unknownColumn':
    'À l’étape « Colonnes », choisissez le champ que contient cette colonne, ou « ignorer » si l’atlas n’en a pas besoin : l’avertissement disparaît.',
  'report.advice.duplicateColumn':
    'Deux colonnes donnent le même champ et seule la première est lue : à l’étape « Colonnes », mettez l’autre sur « ignorer », ou réunissez-les dans le tableur.',
  'report.advice.badChoice': 'Le champ choisi pour cette colonne n’existe pas : choisissez-en un autre à l’étape « Colonnes ».',
  'report.advice.missingColumn':
    'Ajoutez la colonne à la feuille ou, si elle existe sous un autre nom, associez-la au bon champ à l’étape « Colonnes ».',
  'report.advice.emptyFile': 'Le fichier ne contient aucune ligne : vérifiez que c’est le bon fichier, ou la bonne feuille du classeur.',
  'report.advice.emptyName': 'Écrivez le nom de la structure ou du projet : sans nom, la ligne ne peut pas aller sur la carte.',
  'report.advice.duplicateId':
    'Deux lignes ont le même identifiant : si c’est la même structure, supprimez le doublon ; sinon, donnez à l’une un identifiant à elle (colonne id).',
  'report.advice.badId':
    'Un identifiant s’écrit en lettres sans accent, chiffres et - _ . : seulement ; l’atlas l’a transformé en attendant.',
  'report.advice.unknownCode':
    'Écrivez une des valeurs attendues (le message les liste), en toutes lettres ou en code ; plusieurs valeurs se séparent par « ; ».',
  'report.advice.unknownCommune':
    'Vérifiez le code : un code INSEE a cinq caractères (2A ou 2B en Corse) et n’est pas le code postal ; une commune fusionnée a pris le code de la commune nouvelle. Vous pouvez aussi écrire le nom de la commune avec son département.',
  'report.advice.ambiguousCommune': 'Plusieurs communes portent ce nom : ajoutez le département ou, mieux, le code INSEE.',
  'report.advice.territoryMismatch':
    'La commune, le département et la région se contredisent : corrigez celui qui est faux (le code INSEE de la commune fait foi).',
  'report.advice.unknownTerritory':
    'Écrivez le code officiel : 01 à 95, 2A, 2B ou 971 à 976 pour un département ; 11 à 94 (ou 01 à 06 outre-mer) pour une région.',
  'report.advice.coordinates':
    'Les coordonnées s’écrivent en degrés décimaux avec un point (46.58 et 0.34), latitude et longitude chacune dans sa colonne ; sans elles, la fiche est placée à sa commune.',
  'report.advice.date': 'Écrivez la date de la dernière vérification sous la forme jj/mm/aaaa (ou mm/aaaa), sans date future.',
  'report.advice.webAddress': 'Écrivez l’adresse complète du site, commençant par https://.',
  'report.advice.email': 'Écrivez une seule adresse de courriel, de la forme nom@domaine.fr, sans espace ni accent.',
  'report.advice.personalEmail':
    'Cette adresse semble être celle d’une personne : donnez plutôt l’adresse de la structure, ou écrivez « oui » dans la colonne « contact publiable » si la personne a donné son accord.',
  'report.advice.phone': 'Écrivez un seul numéro, à dix chiffres (05 49 12 34 56) ou avec l’indicatif du pays (+32 …).',
  'report.advice.severalValues': 'Gardez une seule valeur dans la cellule : seule la première a été reprise.',
  'report.advice.tooLong': 'Raccourcissez le texte : la fin a été coupée dans l’atlas.',
  'report.advice.yesNo': 'Écrivez « oui » ou « non ».',
  'report.advice.linkEnd':
    'Écrivez l’identifiant de la fiche (colonne id de la feuille des acteurs) ou son nom exact ; si l’acteur manque, ajoutez-le à la feuille des acteurs.',
  'report.advice.selfLink': 'Un lien relie deux fiches différentes : corrigez la source ou la cible.',
  'report.advice.duplicateLink': 'Supprimez la ligne en double : le lien n’est gardé qu’une fois.',
  'report.advice.passiveLink':
    'Rien d’obligatoire : le lien a été lu dans le bon sens. Pour ne plus voir l’avertissement, écrivez-le à l’actif (« A porte B »).',
  'report.advice.sheetSyntax':
    'Ouvrez la feuille dans le tableur et regardez cette ligne : un guillemet ou un séparateur en trop décale les cellules.',
  'report.advice.formulaError': 'Corrigez la formule dans le tableur (#REF!, #N/A…) ou remplacez-la par sa valeur.',
  'report.advice.encoding': 'Enregistrez la feuille en « CSV UTF-8 » depuis le tableur, puis vérifiez les accents.',
  'report.advice.other': 'Lisez le message et corrigez la cellule ; « Ce qui a été fait » dit comment l’atlas l’a lue en attendant.',
} as const;

export const reportEn: Record<keyof typeof reportFr, string> = {
  'report.intro':
    'Each row is a problem found in a sheet: where it is, what is wrong, what the atlas did about it, and what to do. Choose a row to see the whole record and correct a cell right here.',
  'report.none': 'No problem: every row was read as it is.',
  'report.filters': 'Filter the report',
  'report.filter.severity': 'Severity',
  'report.filter.sheet': 'Sheet',
  'report.filter.kind': 'Kind of problem',
  'report.filter.all': 'All ({count})',
  'report.filter.allSheets': 'All ({count})',
  'report.filter.option': '{label} ({count})',
  'report.severity.error': 'Error',
  'report.severity.warning': 'Warning',
  'report.severity.errors': 'Errors',
  'report.severity.warnings': 'Warnings',
  'report.shown_one': '{n} problem shown of {total}.',
  'report.shown_other': '{n} problems shown of {total}.',
  'report.caption': 'Problems found by the check ({shown} of {total})',
  'report.col.severity': 'Severity',
  'report.col.sheet': 'Sheet',
  'report.col.line': 'Line',
  'report.col.column': 'Column',
  'report.col.value': 'Value',
  'report.col.message': 'What is wrong',
  'report.col.action': 'What was done',
  'report.col.advice': 'What to do',
  'report.wholeFile': 'file',
  'report.headerRow': 'header',
  'report.openLine': 'See line {line} of {sheet}',
  'report.kindAdvice': 'What to do about « {kind} »: {advice}',

  'report.record.title': '{sheet}, line {line}',
  'report.record.none': 'This problem is about the whole sheet or its header: correct it in the spreadsheet or in the « Columns » step.',
  'report.record.gone': 'This row is no longer in the sheet.',
  'report.record.problems': 'Problems of this row',
  'report.record.advice': 'What to do: {advice}',
  'report.record.caption': 'The cells of line {line}',
  'report.record.column': 'Column',
  'report.record.value': 'Value',
  'report.record.empty': '(empty)',
  'report.record.edit': 'Correct « {column} »',
  'report.record.editHint': 'Enter saves, Escape cancels.',
  'report.record.save': 'Save',
  'report.record.cancel': 'Cancel',
  'report.record.close': 'Close the row',
  'report.record.edited': 'Cell « {column} » corrected. Check again to update the report.',
  'report.recheck': 'Check again',

  'report.download.title': 'Download the corrected sheets',
  'report.download.hint':
    'The sheet with your corrections, to put in place of the old one: as Excel (XLSX, every cell as text, leading zeros kept) or as CSV for French Excel (UTF-8, semicolons).',
  'report.download.xlsx': '{sheet} as XLSX',
  'report.download.csv': '{sheet} as CSV for Excel',
  'report.download.edited': '(corrected)',
  'report.download.failed': 'The file could not be prepared: {message}',

  'report.advice.unknownColumn':
    'In the « Columns » step, choose the field this column holds, or « ignore » if the atlas does not need it: the warning goes away.',
  'report.advice.duplicateColumn':
    'Two columns give the same field and only the first is read: in the « Columns » step set the other to « ignore », or merge them in the spreadsheet.',
  'report.advice.badChoice': 'The field chosen for this column does not exist: choose another in the « Columns » step.',
  'report.advice.missingColumn':
    'Add the column to the sheet or, if it exists under another name, map it to the right field in the « Columns » step.',
  'report.advice.emptyFile': 'The file holds no row: check that it is the right file, or the right sheet of the workbook.',
  'report.advice.emptyName': 'Write the name of the organisation or project: without a name the row cannot go on the map.',
  'report.advice.duplicateId':
    'Two rows have the same identifier: if they are the same organisation, remove the duplicate; otherwise give one of them an identifier of its own (id column).',
  'report.advice.badId': 'An identifier is written with unaccented letters, digits and - _ . : only; the atlas changed it meanwhile.',
  'report.advice.unknownCode':
    'Write one of the expected values (the message lists them), in words or as a code; several values are separated by « ; ».',
  'report.advice.unknownCommune':
    'Check the code: an INSEE code has five characters (2A or 2B in Corsica) and is not the postcode; a merged commune took the code of the new commune. You may also write the commune’s name with its département.',
  'report.advice.ambiguousCommune': 'Several communes have this name: add the département or, better, the INSEE code.',
  'report.advice.territoryMismatch':
    'The commune, département and région contradict each other: correct the wrong one (the commune’s INSEE code is authoritative).',
  'report.advice.unknownTerritory':
    'Write the official code: 01 to 95, 2A, 2B or 971 to 976 for a département; 11 to 94 (or 01 to 06 overseas) for a région.',
  'report.advice.coordinates':
    'Coordinates are decimal degrees with a point (46.58 and 0.34), latitude and longitude each in its column; without them the record is placed at its commune.',
  'report.advice.date': 'Write the date of the last check as dd/mm/yyyy (or mm/yyyy), not in the future.',
  'report.advice.webAddress': 'Write the site’s full address, starting with https://.',
  'report.advice.email': 'Write a single email address, like name@domain.fr, without spaces or accents.',
  'report.advice.personalEmail':
    'This address looks like a person’s: give the organisation’s address instead, or write « oui » in the « contact publiable » column if the person agreed.',
  'report.advice.phone': 'Write a single number, ten digits (05 49 12 34 56) or with the country code (+32 …).',
  'report.advice.severalValues': 'Keep a single value in the cell: only the first was kept.',
  'report.advice.tooLong': 'Shorten the text: its end was cut in the atlas.',
  'report.advice.yesNo': 'Write « oui » or « non » (yes or no).',
  'report.advice.linkEnd':
    'Write the record’s identifier (id column of the actors sheet) or its exact name; if the actor is missing, add it to the actors sheet.',
  'report.advice.selfLink': 'A link joins two different records: correct the source or the target.',
  'report.advice.duplicateLink': 'Remove the duplicate row: the link is kept once.',
  'report.advice.passiveLink':
    'Nothing required: the link was read the right way. To stop the warning, write it in the active voice (« A porte B »).',
  'report.advice.sheetSyntax': 'Open the sheet in the spreadsheet and look at this row: a stray quote or separator shifts the cells.',
  'report.advice.formulaError': 'Fix the formula in the spreadsheet (#REF!, #N/A…) or replace it with its value.',
  'report.advice.encoding': 'Save the sheet as « CSV UTF-8 » from the spreadsheet, then check the accents.',
  'report.advice.other': 'Read the message and correct the cell; « What was done » says how the atlas read it meanwhile.',
};

/** Interface strings of the workshop's preview, on the atlas's side, merged into `strings.ts`. */

export const previewFr = {
  'preview.banner.title': 'Aperçu — non publié',
  'preview.banner.body':
    'Cette carte montre les données de l’atelier, gardées dans ce navigateur seulement. Les visiteurs du site voient toujours les données publiées.',
  'preview.banner.missing':
    'Aucun aperçu dans ce navigateur : il a été effacé, ou il a été préparé dans un autre navigateur. Rouvrez l’aperçu depuis l’atelier des données.',
  'preview.banner.workshop': 'Ouvrir l’atelier des données',
  'error.reason.preview':
    'Le fichier {file} n’est pas dans l’aperçu de ce navigateur (les données publiées ne sont pas montrées à sa place). Rouvrez l’aperçu depuis l’atelier des données.',
} as const;

export const previewEn: Record<keyof typeof previewFr, string> = {
  'preview.banner.title': 'Preview — not published',
  'preview.banner.body':
    'This map shows the workshop’s data, kept in this browser only. Visitors of the site still see the published data.',
  'preview.banner.missing':
    'No preview in this browser: it was cleared, or it was prepared in another browser. Open the preview again from the data workshop.',
  'preview.banner.workshop': 'Open the data workshop',
  'error.reason.preview':
    'The file {file} is not in this browser’s preview (the published data are not shown in its place). Open the preview again from the data workshop.',
};

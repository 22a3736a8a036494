/** Interface strings of the tiled map (very large datasets read as vector tiles), merged into `strings.ts`. */
export const tiledFr = {
  'tiled.loading': 'Chargement des tuiles de la carte…',
  'tiled.list':
    'La liste des fiches demande le jeu de données complet : à {n} fiches, il n’est pas chargé dans le navigateur, la carte lit des tuiles. Lister, rechercher par texte et exporter toutes les fiches demandent un serveur. La carte et ses regroupements, les filtres par pratique, nature et profil, et « Près de chez moi » restent disponibles.',
  'tiled.graph':
    'Le graphe de l’écosystème et ses mesures de réseau demandent toutes les fiches et toutes les relations : à {n} fiches, ils ne sont pas calculés dans le navigateur et demandent un serveur. La carte, les filtres par pratique, nature et profil, et « Près de chez moi » restent disponibles.',
  'tiled.filters.intro':
    'Très grand jeu de données ({n} fiches), lu en tuiles : sur la carte, seuls les filtres par pratique, par profil et par nature s’appliquent. La recherche par texte, les territoires, l’échelle, les thèmes, la qualification, la liste et les exports demandent un serveur.',
  'tiled.filters.bounds':
    'Avec plusieurs pratiques, ou des filtres dans plusieurs groupes, le nombre d’un regroupement est un maximum (« ≤ »).',
  'tiled.filters.ignored': 'Filtres sans effet sur cette carte (ils demandent le jeu complet) : {list}.',
  'tiled.facet.scopes': 'échelle',
  'tiled.facet.themes': 'thèmes',
  'tiled.facet.territory': 'territoire',
  'tiled.facet.data': 'origine des données',
  'tiled.facet.qualification': 'qualification',
  'tiled.facet.text': 'recherche par texte',
  'tiled.cluster.atMost': 'au plus',
  'tiled.near.reading': 'Lecture des tuiles autour du lieu…',
  'tiled.near.failed': 'Les tuiles autour du lieu n’ont pas pu être lues.',
  'tiled.near.none': 'Aucune fiche dans un rayon de {r} km avec ces filtres.',
  'tiled.near.count': '{n} fiches dans un rayon de {r} km.',
  'tiled.near.countAtMost': 'Au plus {n} fiches dans un rayon de {r} km.',
  'tiled.near.group': '{n} fiches regroupées à {d} km (rapprochez la carte pour les voir une à une)',
  'tiled.near.item': '{name} — {d} km',
} as const;

export const tiledEn: Record<keyof typeof tiledFr, string> = {
  'tiled.loading': 'Loading the map tiles…',
  'tiled.list':
    'The list needs the whole dataset: at {n} records it is not loaded in the browser, the map reads tiles. Listing, full-text search and exporting every record need a server. The map and its groups, the practice, kind and profile filters, and “Near me” still work.',
  'tiled.graph':
    'The ecosystem graph and its network measures need every record and every link: at {n} records they are not computed in the browser and need a server. The map, the practice, kind and profile filters, and “Near me” still work.',
  'tiled.filters.intro':
    'Very large dataset ({n} records), read as tiles: on the map only the practice, profile and kind filters apply. Full-text search, territories, scope, themes, qualification, the list and exports need a server.',
  'tiled.filters.bounds': 'With several practices, or filters in several groups, a group’s number is a maximum (“≤”).',
  'tiled.filters.ignored': 'Filters with no effect on this map (they need the whole dataset): {list}.',
  'tiled.facet.scopes': 'scope',
  'tiled.facet.themes': 'themes',
  'tiled.facet.territory': 'territory',
  'tiled.facet.data': 'data origin',
  'tiled.facet.qualification': 'qualification',
  'tiled.facet.text': 'full-text search',
  'tiled.cluster.atMost': 'at most',
  'tiled.near.reading': 'Reading the tiles around the place…',
  'tiled.near.failed': 'The tiles around the place could not be read.',
  'tiled.near.none': 'No record within {r} km with these filters.',
  'tiled.near.count': '{n} records within {r} km.',
  'tiled.near.countAtMost': 'At most {n} records within {r} km.',
  'tiled.near.group': '{n} records grouped {d} km away (zoom in on the map to see them one by one)',
  'tiled.near.item': '{name} — {d} km',
};

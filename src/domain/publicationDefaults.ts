/** What a story's publication block defaults to (domain/publication.ts), where the data says nothing. */
export const PUBLICATION_DEFAULTS = {
  imageWidth: 1200, // what `npm run snapshots` renders
  imageHeight: 675, // 16:9, the large-card shape of the social networks
  endMomentName: 'story-end', // the snapshot of the whole story, when the data names no moments
} as const;

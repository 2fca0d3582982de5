/** The IndexedDB database the deck is kept in, and the channel tabs tell each other its changes. */
export const DECK_DATABASE = 'online-grooming-deck';
export const DECK_CHANNEL = 'online-grooming-deck';

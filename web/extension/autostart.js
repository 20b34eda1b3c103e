// Runs after content.js when the user chose "always on this site" (registered content script).
globalThis.__newsmark?.activate();

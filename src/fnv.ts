// FNV-1a, 32 bits: a short, cheap name hash for cache files and session names (not a security hash). Imports
// nothing: the hook loader uses it before the hook itself runs.
export function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

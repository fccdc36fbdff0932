/**
 * Text files as samskab reads and writes them, and how it points into them: a file read within its size limit as
 * strict UTF-8 ({@link dk.samskab.text.SourceText}), written all or nothing ({@link dk.samskab.text.AtomicFile}); a
 * place in a file ({@link dk.samskab.text.Position}) and what is wrong there ({@link dk.samskab.text.InputError}); a
 * quote fit for a one-line message ({@link dk.samskab.text.Quoted}) and the known name nearest a misspelt one
 * ({@link dk.samskab.text.Suggestions}). Cases and rules are both read through here.
 */
package dk.samskab.text;

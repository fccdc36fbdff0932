/**
 * samskab's Java API, for host applications that classify cases in-process: {@link dk.samskab.api.Samskab} (load a
 * rules folder once, classify from any thread), {@link dk.samskab.api.Report}, {@link dk.samskab.api.CaseException}
 * and {@link dk.samskab.api.RulesException}. <strong>This package is the only API in the jar:</strong> every other
 * package ({@code dk.samskab.engine}, {@code loading}, {@code report} and the rest, and {@link
 * dk.samskab.api.Samskab#of}) is samskab's own and may change in any release. The JSON of {@link
 * dk.samskab.api.Report#json()} follows the contract's JSON report, as {@code samskab classify --format json} does.
 */
package dk.samskab.api;

/**
 * The command line: one class per verb ({@code classify}, {@code replay}, {@code validate}, {@code interview},
 * {@code serve}, {@code schema}, {@code rules}, {@code cache}), the options they share, loading the rules a
 * command names ({@link dk.samskab.cli.RuleLoading}), and one exception type ({@link dk.samskab.cli.Failure})
 * that carries an exit status and the lines the user reads.
 */
package dk.samskab.cli;

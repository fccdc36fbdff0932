/**
 * The command line: {@code samskab classify | replay | validate}, one class per verb, with one exception type
 * ({@link dk.samskab.cli.Failure}) that carries an exit status and the lines the user reads.
 */
package dk.samskab.cli;

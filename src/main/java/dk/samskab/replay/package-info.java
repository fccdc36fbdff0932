/**
 * Scenario replay: every scenario of a folder classified and compared with its {@code expect:} block, streamed
 * one at a time, with JUnit XML, rule coverage and the impact of a rule change.
 */
package dk.samskab.replay;

/**
 * Reading case and scenario files: strict, with every error placed at {@code file:line:column} and limits that
 * keep a hostile file from costing more than a small one.
 */
package dk.samskab.loading;

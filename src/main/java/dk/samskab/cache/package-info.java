/**
 * The rule-base cache: a rule set, once compiled, kept between runs as Drools' executable model (generated classes
 * in a jar) with the rules' metadata, keyed by a hash of every rule file and the samskab, Drools and Java
 * versions. An entry is verified before it is trusted; a missing, changed or corrupt one is rebuilt.
 */
package dk.samskab.cache;

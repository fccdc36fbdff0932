package dk.samskab.model;

/** Marks a process as co-creation: a public actor develops welfare together with non-public actors. */
public record CoCreation() {}

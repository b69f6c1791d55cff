package org.frontdoor.screening.lists;

/** What a listed party is. */
public enum EntryType {
    PERSON, ENTITY, VESSEL, AIRCRAFT
}

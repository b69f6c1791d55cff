package org.frontdoor.identity;

import java.util.UUID;

/** A team of staff; cases and services are routed to teams. */
public record Team(UUID id, String name, int members) {
}

package org.frontdoor.grants.internal.opendata;

import java.io.InputStream;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads a 360Giving package ({@code {"grants": [...]}}) one grant at a time with Jackson's
 * streaming parser, so a file of any size needs memory for one grant only. Other top-level fields
 * (title, publisher, ...) are skipped.
 */
final class GrantPackageReader {

    /** Receives each grant in file order. */
    @FunctionalInterface
    interface Grants {
        void grant(int index, JsonNode grant);
    }

    private GrantPackageReader() {
    }

    /**
     * Hands every element of the package's {@code grants} array to {@code grants}.
     *
     * @return how many grants were read
     * @throws UnreadableGrantFile when the file is empty, not JSON, or has no {@code grants} array;
     *                             grants already handed over stay handed over
     */
    static int read(InputStream in, Grants grants) {
        try (JsonParser parser = ThreeSixtyGivingSchema.JSON.createParser(in)) {
            var first = parser.nextToken();
            if (first == null) {
                throw new UnreadableGrantFile("The file is empty. Choose a 360Giving JSON file with a \"grants\" list.");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new UnreadableGrantFile("The file is JSON but not a 360Giving package: it must be an object with a \"grants\" list, like {\"grants\": [...]}.");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                var name = parser.currentName();
                var value = parser.nextToken();
                if (!"grants".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new UnreadableGrantFile("The file's \"grants\" is not a list. In a 360Giving package it is a list of grants: {\"grants\": [...]}.");
                }
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode grant = ThreeSixtyGivingSchema.JSON.readTree(parser);
                    grants.grant(index++, grant);
                }
                return index;
            }
            throw new UnreadableGrantFile("The file has no \"grants\" list. A 360Giving package looks like {\"grants\": [...]}.");
        } catch (StreamReadException notJson) {
            var where = notJson.getLocation();
            throw new UnreadableGrantFile("The file is not valid JSON" + (where == null || where.getLineNr() < 0 ? ""
                    : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")")
                    + ". Choose a 360Giving JSON file, not a spreadsheet or CSV.");
        }
    }

    /** A file that is not a readable 360Giving package; the message says what is wrong in words an admin can act on. */
    static final class UnreadableGrantFile extends RuntimeException {
        UnreadableGrantFile(String message) {
            super(message);
        }
    }
}

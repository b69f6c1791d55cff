package org.frontdoor.linkage.record;

/**
 * A record normalised once for fast comparison: lower-case ASCII text, digits-only phones and
 * identifiers, parsed date components. Fields are null (or 0 for date parts) when missing.
 * Produced by {@link RecordPreparation}; immutable.
 *
 * @param id            source identifier
 * @param givenName     normalised first given name
 * @param givenRoot     canonical form of the given name through the nickname table (e.g. bob to robert)
 * @param surname       normalised surname
 * @param birthYear     year of birth or 0
 * @param birthMonth    month of birth or 0
 * @param birthDay      day of birth or 0
 * @param address       normalised address lines joined by spaces
 * @param addressTokens distinct tokens of the address
 * @param locality      normalised town, suburb or city
 * @param postcode      postcode without spaces, upper case
 * @param state         normalised state, county or region
 * @param email         lower-case e-mail address
 * @param phone         the last (at most) nine digits of the phone number
 * @param gender        single letter gender code
 * @param identifier    national identifier, letters and digits only, upper case
 */
public record PreparedRecord(
        String id,
        String givenName,
        String givenRoot,
        String surname,
        int birthYear,
        int birthMonth,
        int birthDay,
        String address,
        String[] addressTokens,
        String locality,
        String postcode,
        String state,
        String email,
        String phone,
        String gender,
        String identifier) {

    /** True when the record has a value for the field. */
    public boolean has(PersonField field) {
        return switch (field) {
            case GIVEN_NAME -> givenName != null;
            case SURNAME -> surname != null;
            case DATE_OF_BIRTH -> birthYear != 0;
            case ADDRESS -> address != null;
            case LOCALITY -> locality != null;
            case POSTCODE -> postcode != null;
            case STATE -> state != null;
            case EMAIL -> email != null;
            case PHONE -> phone != null;
            case GENDER -> gender != null;
            case IDENTIFIER -> identifier != null;
        };
    }

    /** The normalised text of a field, used for blocking keys and term frequencies; null when missing. */
    public String text(PersonField field) {
        return switch (field) {
            case GIVEN_NAME -> givenName;
            case SURNAME -> surname;
            case DATE_OF_BIRTH -> birthYear == 0 ? null : birthYear * 10000 + birthMonth * 100 + birthDay + "";
            case ADDRESS -> address;
            case LOCALITY -> locality;
            case POSTCODE -> postcode;
            case STATE -> state;
            case EMAIL -> email;
            case PHONE -> phone;
            case GENDER -> gender;
            case IDENTIFIER -> identifier;
        };
    }
}

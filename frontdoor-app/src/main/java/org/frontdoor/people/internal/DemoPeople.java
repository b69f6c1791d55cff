package org.frontdoor.people.internal;

import java.util.EnumMap;
import java.util.Map;
import org.frontdoor.linkage.record.PersonField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Two small demo sources, Tax and Benefits, so the person page has content on a laptop: most of their
 * people link automatically, one pair (Mary Smith, birth dates 21 and 12 June) waits in the review
 * queue, and Ada Citizen is the demo citizen, so her cases join her person. Idempotent: importing the
 * same rows again changes nothing. The prod profile refuses to start with demo data enabled.
 */
@Component
@ConditionalOnProperty(name = "frontdoor.demo.enabled", havingValue = "true")
class DemoPeople implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);
    private static final String ACTOR = "system: demo data";

    static final String TAX = """
            id,given_name,surname,date_of_birth,address,postcode,national_insurance_number,updated_at
            T-1001,Ada,Citizen,1984-02-17,12 Mill Lane Leeds,LS1 4AP,QQ123456C,2025-04-06
            T-1002,Jonathan,Okafor,1979-11-03,4 Elm Road Manchester,M1 2AB,AB123456D,2025-04-06
            T-1003,Mary,Smith,1990-06-21,7 Park Street Birmingham,B2 5QT,CD654321A,2025-04-06
            T-1004,Priya,Sharma,1968-01-30,9 High Street Edinburgh,EH1 1YZ,EF112233B,2024-04-06
            T-1005,Ewan,Murray,1975-08-09,3 Loch View Glasgow,G12 8QQ,GH998877C,2025-04-06
            T-1006,Grace,Hughes,1958-12-01,40 Castle Street Cardiff,CF10 1BH,JK445566D,2025-04-06
            """;

    static final String BENEFITS = """
            id,first_name,last_name,dob,address,postcode,email,phone,updated_at
            B-77,Ada,Citizen,1984-02-17,12 Mill Lane Leeds,LS1 4AP,citizen@frontdoor.example,07700 900123,2026-01-15
            B-78,Jon,Okafor,1979-11-03,4 Elm Rd Manchester,M1 2AB,,07700 900456,2026-02-01
            B-79,Mary,Smith,1990-06-12,81 Canal Walk Birmingham,B18 6NF,,07700 900789,2026-03-10
            B-80,Priya,Sharma-Jones,1968-01-30,15 Queen Street Edinburgh,EH2 1JX,priya.sj@mail.example,,2026-02-20
            B-81,Ewan,Murray,1975-08-09,22 Shore Road Glasgow,G3 7HL,,07700 900321,2026-03-01
            B-82,Tomasz,Nowak,1992-05-14,5 Station Road York,YO1 6HT,t.nowak@mail.example,07700 900654,2026-03-02
            """;

    private final Sources sources;
    private final Importing importing;

    DemoPeople(Sources sources, Importing importing) {
        this.sources = sources;
        this.importing = importing;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (sources.byId("tax").isEmpty()) {
            sources.save(new Source("tax", "Tax", trust(90, 80, 70, 50, 50, 20, 20)));
        }
        if (sources.byId("benefits").isEmpty()) {
            sources.save(new Source("benefits", "Benefits", trust(40, 60, 60, 80, 80, 70, 80)));
        }
        var tax = importing.importCsv("tax", TAX, ACTOR);
        var benefits = importing.importCsv("benefits", BENEFITS, ACTOR);
        log.info("Demo people: tax {}, benefits {}", tax, benefits);
    }

    private static Map<PersonField, Integer> trust(int identifier, int dateOfBirth, int names, int address, int postcode,
                                                   int email, int phone) {
        Map<PersonField, Integer> trust = new EnumMap<>(PersonField.class);
        trust.put(PersonField.IDENTIFIER, identifier);
        trust.put(PersonField.DATE_OF_BIRTH, dateOfBirth);
        trust.put(PersonField.GIVEN_NAME, names);
        trust.put(PersonField.SURNAME, names);
        trust.put(PersonField.ADDRESS, address);
        trust.put(PersonField.POSTCODE, postcode);
        trust.put(PersonField.EMAIL, email);
        trust.put(PersonField.PHONE, phone);
        return trust;
    }
}

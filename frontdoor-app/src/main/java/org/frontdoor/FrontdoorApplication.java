package org.frontdoor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Frontdoor platform: citizen portal, staff console and API in one deployable. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FrontdoorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FrontdoorApplication.class, args);
    }
}

package org.frontdoor.people.internal;

import java.net.URI;
import java.util.List;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.web.ApiController;
import org.frontdoor.platform.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.frontdoor.platform.InvalidInput;

/**
 * The linkage model over the API, for admins: which version matching uses, the retrained versions, and
 * retraining with the reviewers' decisions. Anyone else gets a 404.
 */
@ApiController("/api/v1/people/models")
class ModelApi {

    private final LinkageModels models;
    private final MatchingState state;
    private final Retraining retraining;

    ModelApi(LinkageModels models, MatchingState state, Retraining retraining) {
        this.models = models;
        this.state = state;
        this.retraining = retraining;
    }

    /** @param current the version every node matches with (1: the model shipped with the application) */
    record Models(int current, List<LinkageModels.Version> retrained) {
    }

    /** The version in use and every retrained version, newest first. */
    @GetMapping
    Models all(@AuthenticationPrincipal SignedInAccount me) {
        Access.require(me, Access.MANAGE_MODEL);
        return new Models(state.now().modelVersion(), models.versions());
    }

    /** One retrained version: who, when, from how many labels, and its parameters against the version it replaced. */
    @GetMapping("/{version:[0-9]{1,9}}")
    LinkageModels.Version one(@AuthenticationPrincipal SignedInAccount me, @PathVariable int version) {
        Access.require(me, Access.MANAGE_MODEL);
        return models.version(version).orElseThrow(() -> new NotFound("No retrained linkage model version " + version));
    }

    /**
     * Retrains the model with the reviewers' decisions and uses it for matching from now on, on every node.
     * A 400 problem when no reviewer has confirmed a pair yet.
     */
    @PostMapping
    ResponseEntity<LinkageModels.Version> retrain(@AuthenticationPrincipal SignedInAccount me) {
        var version = retraining.retrain(me);
        return ResponseEntity.created(URI.create("/api/v1/people/models/" + version.version())).body(version);
    }

    record Choice(Integer version) {
    }

    /** Chooses the version every node matches with, e.g. {@code {"version": 1}} to go back to the shipped model. */
    @PutMapping("/current")
    Models use(@AuthenticationPrincipal SignedInAccount me, @RequestBody(required = false) Choice choice) {
        Access.require(me, Access.MANAGE_MODEL);
        if (choice == null || choice.version() == null) {
            throw InvalidInput.of("version", "Say which version to use, for example {\"version\": 1}");
        }
        retraining.use(me, choice.version());
        return all(me);
    }
}

package org.frontdoor.diligence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.frontdoor.screening.Screening;
import org.frontdoor.screening.ScreeningSettings;
import org.frontdoor.screening.lists.ListChanges;
import org.frontdoor.screening.lists.ListFiles;
import org.frontdoor.screening.lists.SanctionsList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The sanctions lists this node screens against: loaded from the configured files, and loaded
 * again when those files change, with what changed between the two versions so that checked cases
 * are screened against the changes only. Each node holds its own copy in memory.
 */
@Component
class SanctionsLists {

    private static final Logger log = LoggerFactory.getLogger(SanctionsLists.class);
    private static final List<String> DEFAULT_FOLDERS = List.of("../shared/data/screening", "../../shared/data/screening");

    /** The summary of a result given before the lists had loaded; such results are rerun once they have. */
    static final String NOT_LOADED = "Sanctions lists not loaded yet";

    private final DiligenceSettings.Sanctions settings;
    private final double failAt = ScreeningSettings.defaults().threshold();
    private final AtomicReference<Loaded> loaded = new AtomicReference<>(Loaded.notYet());

    SanctionsLists(DiligenceSettings settings) {
        this.settings = settings.sanctions();
    }

    /** Hits at or above this fail; from {@link #referFrom()} up to it they are referred. */
    double failAt() {
        return failAt;
    }

    double referFrom() {
        return failAt - settings.referMargin();
    }

    Loaded current() {
        return loaded.get();
    }

    /**
     * Loads the lists when they were never loaded or their files changed since, and says what
     * changed; empty when nothing did. Never throws: a list that cannot be read keeps the version
     * in use (or, at first, makes checks refer saying why).
     */
    synchronized Optional<ListUpdate> loadIfChanged() {
        List<Path> paths = paths();
        if (paths.isEmpty()) {
            if (loaded.get().screening() == null) {
                log.warn("No sanctions lists found (set frontdoor.diligence.sanctions.lists): sanctions checks will refer");
                loaded.set(new Loaded(null, List.of(), "No sanctions lists are configured", "none", "", ""));
            }
            return Optional.empty();
        }
        Loaded before = loaded.get();
        try {
            List<Path> files = files(paths);
            String stamp = stamp(files);
            if (stamp.equals(before.stamp())) {
                return Optional.empty();
            }
            long start = System.nanoTime();
            List<SanctionsList> lists = ListFiles.load(paths);
            Screening screening = Screening.of(lists, ScreeningSettings.defaults().withThreshold(referFrom()));
            var sources = new ArrayList<String>();
            for (SanctionsList list : lists) {
                sources.add(list.name() + " (" + Path.of(list.source()).getFileName() + ", " + list.entries().size() + " entries)");
            }
            Loaded now = new Loaded(screening, lists, null, String.join("; ", sources), stamp, digest(files));
            loaded.set(now);
            log.info("Sanctions lists loaded: {} entries from {} files in {} ms", screening.entryCount(), lists.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return Optional.of(update(before, now));
        } catch (RuntimeException e) {
            log.error("Sanctions lists could not be loaded from {}", paths, e);
            if (before.screening() == null) {
                loaded.set(new Loaded(null, List.of(), "The sanctions lists could not be loaded: " + e.getMessage(),
                        paths.toString(), "", ""));
            }
            return Optional.empty();
        }
    }

    /** What changed from {@code before} to {@code now}: everything, the first time this node loads. */
    private ListUpdate update(Loaded before, Loaded now) {
        if (before.screening() == null) {
            return new ListUpdate(now.fingerprint(), now.screening().entryCount(), now.sources(), null, 0, 0, 0);
        }
        Map<String, SanctionsList> older = byName(before.lists());
        Map<String, SanctionsList> newer = byName(now.lists());
        var toRescreen = new ArrayList<SanctionsList>();
        int added = 0;
        int changed = 0;
        int removed = 0;
        for (var named : newer.entrySet()) {
            SanctionsList list = named.getValue();
            SanctionsList old = older.getOrDefault(named.getKey(), new SanctionsList(list.name(), list.source(), List.of(), List.of()));
            ListChanges changes = ListChanges.between(old, list);
            added += changes.added().size();
            changed += changes.changed().size();
            removed += changes.removed().size();
            if (!changes.toRescreen().isEmpty()) {
                toRescreen.add(new SanctionsList(list.name(), list.source(), changes.toRescreen(), List.of()));
            }
        }
        for (var named : older.entrySet()) {
            if (!newer.containsKey(named.getKey())) {
                removed += named.getValue().entries().size();
            }
        }
        Screening delta = Screening.of(toRescreen, ScreeningSettings.defaults().withThreshold(referFrom()));
        return new ListUpdate(now.fingerprint(), now.screening().entryCount(), now.sources(), delta, added, changed, removed);
    }

    /** Lists by name and file, so that two versions of one list loaded together (old and new files) stay apart. */
    private static Map<String, SanctionsList> byName(List<SanctionsList> lists) {
        var map = new LinkedHashMap<String, SanctionsList>();
        for (SanctionsList list : lists) {
            map.put(key(list), list);
        }
        return map;
    }

    private static String key(SanctionsList list) {
        return list.name() + " " + Path.of(list.source()).getFileName();
    }

    private List<Path> paths() {
        if (!settings.lists().isEmpty()) {
            return settings.lists().stream().map(Path::of).toList();
        }
        return DEFAULT_FOLDERS.stream().map(Path::of).filter(Files::isDirectory).limit(1).toList();
    }

    private static List<Path> files(List<Path> paths) {
        var files = new ArrayList<Path>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the folder " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** Cheap: names, sizes and modification times, enough to see that something changed here. */
    private static String stamp(List<Path> files) {
        var text = new StringBuilder();
        for (Path file : files) {
            try {
                text.append(file).append('|').append(Files.size(file)).append('|').append(Files.getLastModifiedTime(file)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return text.toString();
    }

    /** The content's digest: the same on every node that holds the same files, wherever they sit. */
    private static String digest(List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The lists as loaded, or why there are none.
     *
     * @param stamp       the files' names, sizes and times when loaded
     * @param fingerprint the files' content digest
     */
    record Loaded(Screening screening, List<SanctionsList> lists, String problem, String sources, String stamp,
                  String fingerprint) {
        static Loaded notYet() {
            return new Loaded(null, List.of(), NOT_LOADED + ": the check runs again once they are", "loading", "", "");
        }
    }

    /**
     * A version of the lists this node has just loaded.
     *
     * @param delta the added and changed entries to screen checked cases against, or null when this
     *              node has no earlier version to compare with (at start-up), so every checked case
     *              is screened against the whole lists
     */
    record ListUpdate(String fingerprint, int entries, String sources, Screening delta, int added, int changed, int removed) {
    }
}

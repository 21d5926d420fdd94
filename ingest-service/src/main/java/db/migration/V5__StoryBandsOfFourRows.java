package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jboss.logging.Logger;

import io.newsalerts.stories.StoryIndex;
import io.newsalerts.stories.StorySketcher;

/**
 * Schema version 5: the story index's keys for sketches of 10 bands of 4 rows (16 bands of 5 before): every key of
 * {@code story_band} is replaced by those of the stored minimum hashes ({@link StoryIndex#rekey}), so that articles
 * stored before the upgrade are found by their near copies after it. Replicas of the old version must be stopped
 * first: they would claim keys of the old settings, which no new article has. Runs in Flyway's transaction, at
 * start, before the service is ready: a window of 1,000,000 sketches took 86 s on a 2-core machine
 * ({@code story-benchmark/run.sh --sizes 1000000 --skip-quality --rekey}).
 *
 * <p>Where Quarkus looks for Java migrations: in the package of the location ({@code db/migration}, beside the SQL
 * ones), among the implementations of {@link JavaMigration} in its build-time index, which holds the
 * application's classes but not Flyway's {@code BaseJavaMigration}: hence the interface named here.
 */
public class V5__StoryBandsOfFourRows extends BaseJavaMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(V5__StoryBandsOfFourRows.class);

    @Override
    public void migrate(Context context) throws Exception {
        long started = System.nanoTime();
        StorySketcher sketcher = new StorySketcher();
        int sketches = StoryIndex.rekey(context.getConnection(), sketcher);
        LOG.infof("story index re-keyed for %d bands of %d rows: %d stored sketches in %d ms",
                sketcher.settings().bands(), sketcher.settings().rowsPerBand(), sketches,
                (System.nanoTime() - started) / 1_000_000);
    }
}

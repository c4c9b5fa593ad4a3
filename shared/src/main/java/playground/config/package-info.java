/**
 * The configuration of an experiment and its carriers, one schema everywhere (docs/configuration.md).
 *
 * <ul>
 * <li>{@link playground.config.Schema}: key names, allowed values, defaults and ranges, once.</li>
 * <li>{@link playground.config.Limits}: the sizes the browser and the server allow.</li>
 * <li>{@link playground.config.Config}: a validated, immutable configuration; to and from
 *     maps and JSON; {@code with} for changed copies.</li>
 * <li>{@link playground.config.ViewOptions} and {@link playground.config.Goal}: what the page
 *     shows, hides and locks, and the challenge of a link.</li>
 * <li>{@link playground.config.HashCodec}: the URL hash, ours and TensorFlow Playground's.</li>
 * <li>{@link playground.core.Json}: a strict JSON reader and writer that runs under TeaVM.</li>
 * <li>{@link playground.config.ConfigException}: every rule broken, as {@code key: problem}.</li>
 * </ul>
 *
 * <p>Plain Java 17 for TeaVM: no reflection, no {@code String.format}, no regular expressions,
 * no threads. Numbers become text and back only through {@link playground.core.Numbers}.
 */
package playground.config;

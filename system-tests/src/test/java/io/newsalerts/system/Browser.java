package io.newsalerts.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A headless Chromium driven through the system's chromedriver ({@code apt-get install chromium chromium-driver}):
 * nothing is downloaded at run time, and the flags keep the browser off the network except for the page's own.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final ChromeDriver driver;
    private final Path profile;
    private final List<String> requested = new ArrayList<>();

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh browser (its own temporary profile) with a desktop-sized window. */
    static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("newsalerts-chromium-");
        // Both paths given: Selenium Manager (which would look for, or download, a driver) is not consulted.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new Browser(new ChromeDriver(service, options), profile);
    }

    /**
     * Every URL that a web page (a document loaded over HTTP) has requested so far, from the DevTools network log;
     * the browser's own pages (its chrome:// start page) are left out.
     */
    List<String> pageRequests() throws IOException {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = Http.JSON.readTree(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            if (message.path("method").asText().equals("Network.requestWillBeSent")
                    && params.path("documentURL").asText().startsWith("http")) {
                requested.add(params.path("request").path("url").asText());
            }
        }
        return List.copyOf(requested);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves what the window shows as a PNG. */
    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}

package org.childrenstrust.commissioning.platform.mail;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.net.SocketException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GreenMail whose SMTP server answers without waiting: it sends each reply line in a write of its
 * own, so the second line of its EHLO reply waited (Nagle's algorithm) for the client to
 * acknowledge the first, and the client acknowledges late (delayed ACK, about 40 ms on Linux)
 * because it sends nothing until the reply is complete. Every message cost those 40 ms; with
 * {@code TCP_NODELAY} on each client's socket the reply goes out at once. Mail servers in
 * production answer EHLO in one write and never had this wait.
 */
public class PromptGreenMail extends GreenMail {

  public PromptGreenMail(ServerSetup setup) {
    super(setup);
  }

  @Override
  protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
    Map<String, AbstractServer> services = new LinkedHashMap<>(super.createServices(config, managers));
    services.replaceAll((protocol, server) -> server instanceof SmtpServer
        ? new PromptSmtpServer(server.getServerSetup(), managers) : server);
    return services;
  }

  static final class PromptSmtpServer extends SmtpServer {

    PromptSmtpServer(ServerSetup setup, Managers managers) {
      super(setup, managers);
    }

    @Override
    protected void handleClientSocket(Socket clientSocket) throws SocketException {
      clientSocket.setTcpNoDelay(true);
      super.handleClientSocket(clientSocket);
    }
  }
}

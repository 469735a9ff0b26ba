#include "xdisplay.h"

#include <QDeadlineTimer>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <xcb/xcb.h>

using namespace Qt::StringLiterals;

namespace Dorfplatz::Test {

namespace {

// xcb replies are malloc'ed and freed with free().
struct FreeReply
{
    void operator()(void *reply) const { std::free(reply); }
};
template <typename Reply>
using ReplyPtr = std::unique_ptr<Reply, FreeReply>;

xcb_atom_t atom(xcb_connection_t *connection, const char *name)
{
    const ReplyPtr<xcb_intern_atom_reply_t> reply(xcb_intern_atom_reply(
        connection, xcb_intern_atom(connection, 1, uint16_t(std::strlen(name)), name), nullptr));
    return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
}

} // namespace

XDisplay::~XDisplay()
{
    stop();
}

bool XDisplay::start(QSize size, QString *error)
{
    m_size = size;
    m_xvfb.setProcessChannelMode(QProcess::SeparateChannels);
    m_xvfb.start(u"Xvfb"_s, {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s,
                             u"%1x%2x24"_s.arg(size.width()).arg(size.height()), u"-nolisten"_s,
                             u"tcp"_s, u"-noreset"_s});
    if (!m_xvfb.waitForStarted(10000)) {
        *error = u"Xvfb does not start: "_s + m_xvfb.errorString();
        return false;
    }
    // Xvfb writes the display number it took once it accepts connections.
    QByteArray number;
    const QDeadlineTimer deadline(20000);
    while (!number.contains('\n') && !deadline.hasExpired()) {
        if (!m_xvfb.waitForReadyRead(int(deadline.remainingTime())))
            break;
        number += m_xvfb.readAllStandardOutput();
    }
    if (!number.contains('\n')) {
        *error = u"Xvfb gave no display number: "_s +
                 QString::fromLocal8Bit(m_xvfb.readAllStandardError());
        stop();
        return false;
    }
    m_name = u":"_s + QString::fromLatin1(number.trimmed());
    m_connection = xcb_connect(m_name.toLatin1().constData(), nullptr);
    if (!m_connection || xcb_connection_has_error(m_connection)) {
        *error = u"cannot connect to "_s + m_name;
        stop();
        return false;
    }
    m_root = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data->root;
    return true;
}

void XDisplay::stop()
{
    if (m_connection) {
        xcb_disconnect(m_connection);
        m_connection = nullptr;
    }
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        if (!m_xvfb.waitForFinished(5000)) {
            m_xvfb.kill();
            m_xvfb.waitForFinished(5000);
        }
    }
}

QList<XDisplay::Window> XDisplay::visibleTopLevels() const
{
    QList<Window> windows;
    if (!m_connection)
        return windows;
    const ReplyPtr<xcb_query_tree_reply_t> tree(
        xcb_query_tree_reply(m_connection, xcb_query_tree(m_connection, m_root), nullptr));
    if (!tree)
        return windows;
    const xcb_atom_t pidAtom = atom(m_connection, "_NET_WM_PID");
    const xcb_window_t *children = xcb_query_tree_children(tree.get());
    const int count = xcb_query_tree_children_length(tree.get());
    for (int i = 0; i < count; ++i) {
        const xcb_window_t id = children[i];
        const ReplyPtr<xcb_get_window_attributes_reply_t> attributes(
            xcb_get_window_attributes_reply(m_connection,
                                            xcb_get_window_attributes(m_connection, id), nullptr));
        if (!attributes || attributes->map_state != XCB_MAP_STATE_VIEWABLE)
            continue;
        Window window;
        window.id = id;
        window.overrideRedirect = attributes->override_redirect;
        const ReplyPtr<xcb_get_geometry_reply_t> geometry(
            xcb_get_geometry_reply(m_connection, xcb_get_geometry(m_connection, id), nullptr));
        if (geometry)
            window.geometry = QRect(geometry->x, geometry->y, geometry->width, geometry->height);
        const ReplyPtr<xcb_get_property_reply_t> pid(xcb_get_property_reply(
            m_connection, xcb_get_property(m_connection, 0, id, pidAtom, XCB_ATOM_CARDINAL, 0, 1),
            nullptr));
        if (pid && xcb_get_property_value_length(pid.get()) == 4)
            window.pid = *static_cast<const quint32 *>(xcb_get_property_value(pid.get()));
        const ReplyPtr<xcb_get_property_reply_t> name(xcb_get_property_reply(
            m_connection,
            xcb_get_property(m_connection, 0, id, XCB_ATOM_WM_NAME, XCB_ATOM_ANY, 0, 256),
            nullptr));
        if (name) {
            window.name =
                QString::fromUtf8(static_cast<const char *>(xcb_get_property_value(name.get())),
                                  xcb_get_property_value_length(name.get()));
        }
        windows.append(window);
    }
    return windows;
}

QImage XDisplay::screenshot() const
{
    if (!m_connection)
        return {};
    const ReplyPtr<xcb_get_image_reply_t> reply(
        xcb_get_image_reply(m_connection,
                            xcb_get_image(m_connection, XCB_IMAGE_FORMAT_Z_PIXMAP, m_root, 0, 0,
                                          uint16_t(m_size.width()), uint16_t(m_size.height()), ~0u),
                            nullptr));
    if (!reply || reply->depth != 24)
        return {};
    const int bytes = xcb_get_image_data_length(reply.get());
    if (bytes < m_size.width() * m_size.height() * 4)
        return {};
    // Depth 24 in 32 bits a pixel, little endian: what QImage calls RGB32.
    return QImage(xcb_get_image_data(reply.get()), m_size.width(), m_size.height(),
                  m_size.width() * 4, QImage::Format_RGB32)
        .copy();
}

} // namespace Dorfplatz::Test

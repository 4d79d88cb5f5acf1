//! The deliveries that did not arrive: `/admin/deliveries/<agency>`, where an agency's admins
//! see its calls not delivered yet and send dead-lettered ones again (one, or all), and
//! `/caseworker/sent/<agency>`, where an API agency's caseworkers see the same read-only and what
//! was sent to their agency's own system. Both load through the deliveries port
//! (`crate::ports::DeliveriesPort`); a retry is a plain form posting the session's token to the
//! server's `http::deliveries`, so everything works without JavaScript.

pub mod model;
mod page;
mod table;

pub use page::{AdminDeliveriesPage, SentPage};

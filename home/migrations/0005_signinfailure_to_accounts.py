# The failed sign-ins move to the accounts app (accounts.0001_initial takes the model
# over in the migration state): the table is renamed, its rows stay.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0004_personal_data_routing_permission'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(name='signinfailure', table='accounts_signinfailure'),
            ],
            state_operations=[
                migrations.DeleteModel(name='SignInFailure'),
            ],
        ),
    ]
